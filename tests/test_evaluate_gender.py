import json

import pytest
from click.testing import CliRunner
from conftest import ROOT, SHARED

from dyad.evaluate.gender import (
    evaluate_gender,
    format_report,
    matched_actor,
    read_gender_gold,
    score_gender,
)
from dyad.records import Actor, Record

TEXT = ("Ann Lee, a teacher, said she would vote. Bo Park met Kim Ray and Lee Chu. "
        "Sam Oduya left.")


def at(piece: str) -> tuple[int, int]:
    s = TEXT.index(piece)
    return s, s + len(piece)


def person(aid: str, name: str, gender: str | None, *pieces: str, kind: str = "person") -> Actor:
    return Actor(id=aid, name=name, kind=kind, gender=gender,
                 mentions=tuple(at(p) for p in pieces))


RECORD = Record(id="d1", text=TEXT, actors=(
    person("a1", "Ann Lee", "female", "Ann Lee", "she"),
    person("a2", "Bo Park", "female", "Bo Park"),      # wrong
    person("a3", "Kim Ray", "male", "Kim Ray"),        # the text does not say
    person("a4", "Lee Chu", None, "Lee Chu"),          # unlabelled
))
SOURCES = {"d1": {"a1": "pronoun", "a2": "honorific", "a3": "people"}}


def gold_item(piece: str, name: str, gender: str | None) -> dict:
    s, e = at(piece)
    return {"doc_id": "d1", "start": s, "end": e, "name": name, "gender": gender}


GOLD = [gold_item("Ann Lee", "Ann Lee", "female"), gold_item("Bo Park", "Bo Park", "male"),
        gold_item("Kim Ray", "Kim Ray", None), gold_item("Lee Chu", "Lee Chu", "male"),
        gold_item("Sam Oduya", "Sam Oduya", "female")]  # no actor at all


def write_lines(path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_read_gender_gold_checks_fields_and_values(tmp_path):
    assert read_gender_gold(write_lines(tmp_path / "g.jsonl", GOLD)) == GOLD
    with pytest.raises(ValueError, match="missing gender"):
        read_gender_gold(write_lines(tmp_path / "bad.jsonl", [{"doc_id": "d1", "start": 0,
                                                                "end": 3, "name": "Ann"}]))
    with pytest.raises(ValueError, match="female, male or null"):
        read_gender_gold(write_lines(tmp_path / "bad2.jsonl", [{**GOLD[0], "gender": "f"}]))


def test_the_matched_actor_overlaps_most_and_a_person_wins_a_tie():
    rec = Record(id="d1", text=TEXT, actors=(
        person("a1", "Lee", None, "Lee", kind="organization"),
        person("a2", "Ann Lee", None, "Ann Lee"),
        person("a3", "Ann", None, "Ann"),
    ))
    assert matched_actor(rec, *at("Ann Lee")).id == "a2"
    assert matched_actor(rec, *at("Lee,")).id == "a2"  # three characters each: the person
    assert matched_actor(rec, *at("Sam")) is None


def test_score_gender_counts():
    m = score_gender(GOLD, {"d1": RECORD}, SOURCES, details=True)
    assert m["people"] == 5 and m["actor_found"] == 4
    assert m["gold"] == {"female": 2, "male": 2, "unsaid": 1}
    # labelled with a known gold sex: Ann Lee (right) and Bo Park (wrong)
    assert (m["right"], m["labelled_known"], m["precision"]) == (1, 2, 0.5)
    assert m["coverage"] == 0.5
    assert (m["labelled_unsaid"], m["unsaid_labelled"]) == (1, 1.0)
    # gold: 2 women of 4; Dyad: 2 women (Ann Lee, Bo Park) and 1 man (Kim Ray)
    assert m["women_share"] == {"gold": 0.5, "dyad": 0.6667, "dyad_on_known": 1.0}
    assert m["confusion"]["male"] == {"female": 1, "male": 0, "None": 1}
    assert m["by_source"] == {
        "people": {"labelled_known": 0, "right": 0, "labelled_unsaid": 1},
        "honorific": {"labelled_known": 1, "right": 0, "labelled_unsaid": 0},
        "pronoun": {"labelled_known": 1, "right": 1, "labelled_unsaid": 0},
    }
    assert [e["name"] for e in m["errors"]] == ["Bo Park", "Kim Ray", "Lee Chu", "Sam Oduya"]
    report = format_report({"gold_file": "g", "articles": 1, **m})
    assert "precision 0.500 (1/2)" in report and "honorific   0/1, 0" in report


def test_evaluate_gender_on_saved_records_and_limit(tmp_path):
    gold = write_lines(tmp_path / "g.jsonl", GOLD + [{**GOLD[0], "doc_id": "d2"}])
    m = evaluate_gender("unused.jsonl", gold, nlp_records={"d1": RECORD}, sources=SOURCES)
    assert m["articles"] == 2 and m["people"] == 5 and m["not_analysed"] == 1
    m = evaluate_gender("unused.jsonl", gold, limit=1, nlp_records={"d1": RECORD})
    assert m["articles"] == 1 and m["people"] == 5
    assert m["by_source"]["unknown"]["labelled_known"] == 2


@pytest.mark.slow
def test_real_pipeline_on_a_tiny_article(tmp_path):
    text = ("Congresswoman Dana Whitlow spoke on Monday. Ray Osgood, a farmer, said he "
            "would vote for the bill. Lena Marsh said the vote was close.")
    row = {"doc_id": "t1", "annotator": "a", "compartment": "train", "text": text,
           "attributions": []}
    polnear = write_lines(tmp_path / "p.jsonl", [row])

    def item(name, gender):
        s = text.index(name)
        return {"doc_id": "t1", "start": s, "end": s + len(name), "name": name, "gender": gender}

    gold = write_lines(tmp_path / "g.jsonl", [item("Dana Whitlow", "female"),
                                              item("Ray Osgood", "male"),
                                              item("Lena Marsh", None)])
    m = evaluate_gender(polnear, gold)
    assert m["articles"] == 1 and m["people"] == 3 and m["actor_found"] == 3
    assert m["precision"] == 1.0 and m["right"] >= 1
    assert "noun" in m["by_source"]
    from dyad.cli import main

    out = CliRunner().invoke(main, ["evaluate", "gender", "--polnear", polnear, "--gold", gold,
                                    "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["people"] == 3


GOLD_FILE = ROOT / "evaluation" / "polnear-train-gender.jsonl"
TRAIN = SHARED / "data" / "quotes" / "polnear-train.jsonl"


def test_the_gender_gold_file():
    items = read_gender_gold(str(GOLD_FILE))
    assert len(items) == 310
    assert sum(it["gender"] == "female" for it in items) == 41
    assert sum(it["gender"] == "male" for it in items) == 164
    keys = [(it["doc_id"], it["name"]) for it in items]
    assert len(keys) == len(set(keys))
    assert all(0 <= it["start"] < it["end"] for it in items)
    if not TRAIN.exists():
        pytest.skip("PolNeAR train file not present")
    from dyad.evaluate.quotes import read_polnear

    articles = read_polnear(str(TRAIN))
    chosen = {a.doc_id: a.text for a in articles[3::14]}
    assert {it["doc_id"] for it in items} <= set(chosen)
    for it in items:
        text = chosen[it["doc_id"]]
        mention = text[it["start"]:it["end"]]
        assert mention.split()[-1] in it["name"].split(), it
        assert all(w.casefold() in text.casefold() for w in it["name"].split()), it
