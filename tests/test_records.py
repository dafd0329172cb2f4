import pytest

from dyad.records import (
    Actor,
    Article,
    Event,
    Place,
    Quote,
    Record,
    SchemaError,
    failed_record,
    validate_record,
)

TEXT = "Kirby said Russia attacked Aleppo."


def good() -> Record:
    return Record(
        id="d1", text=TEXT, published="2016-12-14",
        actors=(Actor("a1", "John Kirby", "person", "USA", ("GOV",), "USAGOV", "spokesman",
                      mentions=((0, 5),)),
                Actor("a2", "Russia", "country", "RUS", (), "RUS", mentions=((11, 17),))),
        quotes=(Quote("q1", "Russia attacked Aleppo", 11, 33, "indirect", "a1", (0, 5), "said",
                      (6, 10)),),
        events=(Event("e1", "190", "19", "ASSAULT", 4, 4, -10.0, "a2", None, "attacked",
                      (18, 26), (0, 34), place="p1", evidence="test"),),
        places=(Place("p1", "Aleppo", "city", "SYR", 36.2, 37.16, 170063, ((27, 33),)),),
    )


def test_valid_record_round_trips():
    rec = good()
    d = rec.to_dict()
    validate_record(d)
    assert Record.from_dict(d) == rec
    assert list(d)[:7] == ["schema", "id", "title", "url", "source", "published", "text"]


@pytest.mark.parametrize("breakage", [
    lambda d: d["quotes"][0].update(text="Russia attacked"),       # span identity broken
    lambda d: d["quotes"][0].update(speaker="a9"),                 # unresolved speaker
    lambda d: d["events"][0].update(root="18"),                    # root disagrees with code
    lambda d: d["events"][0].update(place="p7"),                   # unresolved place
    lambda d: d["events"][0].update(trigger_span=[18, 40]),        # out of range
    lambda d: d["actors"][0].update(country="us"),                 # not ISO3
    lambda d: d["actors"][1].update(kind="nation"),                # unknown kind
    lambda d: d["actors"][0].update(gender="f"),                   # not female / male
    lambda d: d.update(published="14/12/2016"),                    # not YYYY-MM-DD
    lambda d: d["events"][0].update(modality="maybe"),
])
def test_validator_catches(breakage):
    d = good().to_dict()
    breakage(d)
    with pytest.raises(SchemaError):
        validate_record(d)


def test_failed_record_keeps_metadata_and_empty_lists():
    art = Article(text="", id="x1", title="T", origin="f.txt")
    rec = failed_record(art, "empty", "no text")
    d = rec.to_dict()
    validate_record(d)
    assert d["error"] == {"code": "empty", "message": "no text", "origin": "f.txt"}
    assert d["actors"] == d["quotes"] == d["events"] == d["places"] == []


def test_failed_record_of_a_text_with_no_origin_has_none():
    rec = failed_record(Article(text=" "), "empty", "no text")
    assert rec.error == {"code": "empty", "message": "no text"}


def test_id_is_stable_hash_without_own_id():
    assert Article(text="abc").doc_id == Article(text="abc").doc_id != Article(text="abd").doc_id


def test_failure_lines_name_each_file():
    from dyad.render import failure_lines

    failed = [(f"in/{i}.txt", "empty", "no text") for i in range(30)]
    lines = failure_lines(failed)
    assert len(lines) == 30 and lines[29] == "  in/29.txt: empty: no text"


def test_pretty_quotes_table_says_it_shows_the_speaker_s_code():
    from rich.console import Console

    from dyad.render import print_record

    console = Console(width=160, record=True)
    print_record(good(), console)
    shown = console.export_text()
    assert "role, code" in shown and "spokesman, USAGOV" in shown
