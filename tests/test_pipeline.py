"""The full pipeline on the real model: the seed article and the bundled examples."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, SEED

import dyad
from dyad.ingest import read_inputs
from dyad.records import validate_record

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed():
    return dyad.analyze(SEED.read_text(encoding="utf-8"), published="2016-12-14")


def speaker_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    a = rec.actor(q.speaker)
    return a.name if a else None


def test_components_declare_what_they_need(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    assert nlp.pipe_names[-4:] == ["dyad_actors", "dyad_quotes", "dyad_places", "dyad_events"]


def test_an_analysed_doc_survives_serialisation(nlp):
    # spaCy's n_process and DocBin write user_data with msgpack: every per-Doc cache the
    # components leave there must be of types it writes (the seed resolves "the spokesman"-like
    # descriptions by pointing back, which is one such cache)
    from spacy.tokens import Doc

    doc = nlp(SEED.read_text(encoding="utf-8"))
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back.text == doc.text and back.user_data.keys() == doc.user_data.keys()


def test_seed_record_is_valid(seed):
    validate_record(seed.to_dict())


def test_seed_quotes_have_their_speakers(seed):
    assert speaker_of(seed, "So far nobody has been evacuated") == "Anne Barnard"
    assert speaker_of(seed, "The first convoy that attempted") == "Anne Barnard"
    assert speaker_of(seed, "I’m not aware that we had") == "John Kirby"
    assert speaker_of(seed, "So I don’t know that there was") == "John Kirby"
    assert speaker_of(seed, "Now it’s going to be under the control") == "Vitaly Churkin"
    direct = [q for q in seed.quotes if q.kind == "direct"]
    assert len(direct) == 5  # the sixth quotation is the one word inside reported speech
    welcome = next(q for q in seed.quotes if "“welcome”" in q.text)
    assert welcome.kind == "mixed" and seed.actor(welcome.speaker).name == "State Department"
    told = next(q for q in seed.quotes if q.cue == "told")
    assert seed.actor(told.addressee).name == "NPR"


def test_seed_actors_carry_their_countries(seed):
    by_name = {a.name: a for a in seed.actors}
    expected = {"Bashar Assad": "SYR", "Vladimir Putin": "RUS", "Vitaly Churkin": "RUS",
                "John Kerry": "USA", "John Kirby": "USA", "Turkey": "TUR", "Iran": "IRN",
                "Saudi Arabia": "SAU", "Russia": "RUS", "United States": "USA"}
    for name, iso3 in expected.items():
        assert by_name[name].country == iso3, name
    state = by_name["State Department"]
    assert (state.kind, state.country, state.code) == ("organization", "USA", "USAGOV")
    kirby = by_name["John Kirby"]
    assert kirby.affiliation == state.id


def test_seed_places_and_dates(seed):
    aleppo = next(p for p in seed.places if p.name == "Aleppo")
    assert aleppo.country == "SYR"
    assert abs(aleppo.lat - 36.2) < 0.1 and abs(aleppo.lon - 37.16) < 0.1


def test_every_example_record_is_valid():
    articles = list(read_inputs([str(EXAMPLES)]))
    assert len(articles) == 6
    records = list(dyad.analyze_many(articles))
    assert [r.id for r in records] == [a.doc_id for a in articles]
    for rec in records:
        assert rec.error is None
        validate_record(rec.to_dict())
        assert rec.actors and rec.quotes


def test_one_bad_document_does_not_sink_the_batch():
    from dyad.records import Article

    arts = [Article(text="Russia and Turkey struck a deal on Tuesday.", id="ok1"),
            Article(text="", id="empty"),
            Article(text="x", id="bad", error={"code": "encoding", "message": "bad bytes"}),
            Article(text="Die Regierung hat heute in Berlin beschlossen, dass die neuen Regeln "
                         "für alle Bürger gelten, und der Minister sagte, dass er mit der "
                         "Entscheidung sehr zufrieden ist, weil sie nach langen Verhandlungen "
                         "zwischen den Parteien und den Ländern endlich gefunden wurde.",
                    id="german"),
            Article(text="The United Nations said the talks would resume.", id="ok2")]
    recs = list(dyad.analyze_many(arts))
    assert [r.id for r in recs] == ["ok1", "empty", "bad", "german", "ok2"]
    assert [r.error and r.error["code"] for r in recs] == [None, "empty", "encoding",
                                                           "language", None]


@pytest.mark.parametrize("text, not_content", [
    (("The Yukos saga is the most high-profile of the political risks to which Ms Hessel "
     "alludes."), "which"),
    ("On Monday, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn.",
     "Monday"),
    (("For the Welsh Liberal Democrats, Kirsty Williams called the new target \"hugely "
     "unambitious\"."), "the Welsh Liberal Democrats"),
])
def test_a_fronted_phrase_is_no_reported_content(text, not_content):
    rec = dyad.analyze(text)
    validate_record(rec.to_dict())  # cue spans in order, inside the text
    assert not_content not in [q.text for q in rec.quotes]
