"""Actor finding, merging and coding on hand-built Docs with the built-in dictionary."""

import json
import re

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors

KIRBY = [
    ("State", 1, "compound", "PROPN", "State", "NNP"),
    ("Department", 2, "compound", "PROPN", "Department", "NNP"),
    ("spokesman", 4, "compound", "NOUN", "spokesman", "NN"),
    ("John", 4, "compound", "PROPN", "John", "NNP"),
    ("Kirby", 5, "nsubj", "PROPN", "Kirby", "NNP"),
    ("said", 5, "ROOT", "VERB", "say", "VBD"),
    ("Russian", 7, "amod", "ADJ", "russian", "JJ"),
    ("officials", 8, "nsubj", "NOUN", "official", "NNS"),
    ("left", 5, "ccomp", "VERB", "leave", "VBD"),
    (".", 5, "punct", "PUNCT", ".", "."),
    ("Kirby", 11, "nsubj", "PROPN", "Kirby", "NNP"),
    ("smiled", 11, "ROOT", "VERB", "smile", "VBD"),
    (".", 11, "punct", "PUNCT", ".", "."),
]
KIRBY_ENTS = ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-NORP", "O", "O", "O",
              "B-PERSON", "O", "O"]


def by_name(actors):
    return {a.name: a for a in actors.actors}


def test_title_gives_role_country_affiliation_and_surname_merges():
    doc = build_doc(KIRBY, KIRBY_ENTS)
    actors = by_name(find_actors(doc, load_knowledge()))
    kirby, state = actors["John Kirby"], actors["State Department"]
    assert (kirby.country, kirby.role, kirby.affiliation) == ("USA", "spokesman", state.id)
    assert "GOV" in kirby.sector and kirby.code == "USAGOV"
    assert kirby.mentions == [(3, 5), (10, 11)]  # "Kirby" alone is the same person
    assert (state.kind, state.code) == ("organization", "USAGOV")


def test_unnamed_collective_is_a_coded_group():
    doc = build_doc(KIRBY, KIRBY_ENTS)
    actors = by_name(find_actors(doc, load_knowledge()))
    group = actors["Russian officials"]
    assert (group.kind, group.country, group.sector) == ("group", "RUS", ["GOV"])
    assert actors["Russia"].id == group.affiliation


MILITIAS = [
    ("Iranian", 2, "npadvmod", "ADJ", "iranian", "JJ"), ("-", 2, "punct", "PUNCT", "-", "HYPH"),
    ("backed", 4, "amod", "VERB", "back", "VBN"), ("Shiite", 4, "amod", "ADJ", "shiite", "JJ"),
    ("militias", 5, "nsubj", "NOUN", "militia", "NNS"), ("fought", 5, "ROOT", "VERB", "fight", "VBD"),
    ("in", 5, "prep", "ADP", "in", "IN"), ("Moscow", 6, "pobj", "PROPN", "Moscow", "NNP"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_backed_by_is_affiliation_not_nationality_and_capital_is_no_actor_in_a_place():
    doc = build_doc(MILITIAS, ["B-NORP", "O", "O", "B-NORP", "O", "O", "O", "B-GPE", "O"])
    actors = by_name(find_actors(doc, load_knowledge()))
    militias = actors["Iranian-backed Shiite militias"]
    assert militias.kind == "group" and militias.country is None
    assert militias.affiliation == actors["Iran"].id
    assert "REB" in militias.sector
    assert "Russia" not in actors  # "in Moscow" is a place, not Russia acting


METONYM = [
    ("Moscow", 1, "nsubj", "PROPN", "Moscow", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
    ("no", 1, "dobj", "INTJ", "no", "UH"), (".", 1, "punct", "PUNCT", ".", "."),
]


def test_capital_as_subject_is_its_government():
    doc = build_doc(METONYM, ["B-GPE", "O", "O", "O"])
    actors = by_name(find_actors(doc, load_knowledge()))
    assert actors["Russia"].mentions == [(0, 1)]


def test_capital_joined_to_an_acting_capital_acts_too():
    agreed = build_doc([
        ("Seoul", 3, "nsubj", "PROPN", "Seoul", "NNP"), ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("Tokyo", 0, "conj", "PROPN", "Tokyo", "NNP"), ("agreed", 3, "ROOT", "VERB", "agree", "VBD"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE", "O", "O"])
    actors = by_name(find_actors(agreed, load_knowledge()))
    assert actors["Japan"].mentions == [(2, 3)] and actors["South Korea"].mentions == [(0, 1)]
    visits = build_doc([
        ("He", 1, "nsubj", "PRON", "he", "PRP"), ("made", 1, "ROOT", "VERB", "make", "VBD"),
        ("visits", 1, "dobj", "NOUN", "visit", "NNS"), ("to", 2, "prep", "ADP", "to", "IN"),
        ("Moscow", 3, "pobj", "PROPN", "Moscow", "NNP"), ("and", 4, "cc", "CCONJ", "and", "CC"),
        ("Beijing", 4, "conj", "PROPN", "Beijing", "NNP"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    actors = by_name(find_actors(visits, load_knowledge()))
    assert "China" not in actors and "Russia" not in actors  # places visited, both of them


def test_a_capital_before_a_noun_of_saying_is_its_government_not_before_a_venue():
    said = build_doc([
        ("The", 2, "det", "DET", "the", "DT"), ("Moscow", 2, "compound", "PROPN", "Moscow", "NNP"),
        ("statement", 3, "nsubj", "NOUN", "statement", "NN"),
        ("angered", 3, "ROOT", "VERB", "anger", "VBD"), ("Kiev", 3, "dobj", "PROPN", "Kiev", "NNP"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["O", "B-GPE", "O", "O", "B-GPE", "O"])
    assert by_name(find_actors(said, load_knowledge()))["Russia"].mentions == [(1, 2)]
    met = build_doc([
        ("The", 2, "det", "DET", "the", "DT"), ("Astana", 2, "compound", "PROPN", "Astana", "NNP"),
        ("talks", 3, "nsubj", "NOUN", "talk", "NNS"), ("failed", 3, "ROOT", "VERB", "fail", "VBD"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["O", "B-GPE", "O", "O", "O"])
    assert "Kazakhstan" not in by_name(find_actors(met, load_knowledge()))


def test_a_person_entity_in_lower_case_is_no_one():
    doc = build_doc([
        ("They", 1, "nsubj", "PRON", "they", "PRP"), ("combed", 1, "ROOT", "VERB", "comb", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("bush", 1, "dobj", "NOUN", "bush", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "B-PERSON", "O"])
    assert find_actors(doc, load_knowledge()).actors == []


def test_user_file_wins_over_builtin(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("actors:\n  - name: State Department\n    kind: organization\n"
                 "    country: GBR\n    sector: [GOV]\n")
    kb = load_knowledge((str(f),))
    assert kb.entry("State Department").country == "GBR"
    assert load_knowledge().entry("State Department").country == "USA"


@pytest.mark.parametrize("body,message", [
    ("actors:\n  - {name: Jane Roe, country: France}\n", "not an ISO3 code (did you mean FRA?)"),
    ("actors:\n  - {name: Jane Roe, country: XYZ}\n", "not an ISO3 code"),
    ("actors:\n  - {name: Jane Roe, kind: persn}\n", "kind 'persn' is not one of"),
    ("actors:\n  - {name: Jane Roe, start: last May}\n", "start 'last May' is not a date"),
    ("actors:\n  - {name: Jane Roe, gender: f}\n", "gender 'f' is not female or male"),
    ("roles: [envoy]\n", "role 1 is not an entry with a term"),
    ("roles:\n  - {term: envoy, kind: country}\n", "kind 'country' is not one of"),
])
def test_a_user_file_that_dyad_would_misread_is_an_error(tmp_path, body, message):
    from dyad.errors import DyadError

    f = tmp_path / "mine.yaml"
    f.write_text(body)
    with pytest.raises(DyadError, match=re.escape(message)):
        load_knowledge((str(f),))


def test_a_user_file_not_in_utf8_is_an_error(tmp_path):
    from dyad.errors import DyadError

    f = tmp_path / "mine.yaml"
    f.write_bytes("actors:\n  - name: Jos\u00e9 Roe\n".encode("latin-1"))
    with pytest.raises(DyadError, match="not UTF-8"):
        load_knowledge((str(f),))


def test_dated_entries_follow_publication_date(tmp_path):
    f = tmp_path / "dated.yaml"
    f.write_text(
        "- {name: Pat Doe, kind: person, country: USA, sector: [GOV], role: president,"
        " start: 2001-01-20, end: 2009-01-20}\n"
        "- {name: Pat Doe, kind: person, country: USA, sector: [BUS], role: executive,"
        " start: 2009-01-21}\n")
    kb = load_knowledge((str(f),))
    assert kb.entry("Pat Doe", "2005-06-01").role == "president"
    assert kb.entry("Pat Doe", "2012-06-01").role == "executive"


def test_owner_gives_a_body_its_country():
    rows = [("Syria", 3, "poss", "PROPN", "Syria", "NNP"), ("'s", 0, "case", "PART", "'s", "POS"),
            ("foreign", 3, "amod", "ADJ", "foreign", "JJ"),
            ("ministry", 4, "nsubj", "PROPN", "ministry", "NNP"),
            ("complained", 4, "ROOT", "VERB", "complain", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "O", "O", "O", "O"])
    actors = by_name(find_actors(doc, load_knowledge()))
    ministry = actors["foreign ministry"]
    assert (ministry.kind, ministry.country, ministry.sector) == ("organization", "SYR", ["GOV"])
    assert ministry.affiliation == actors["Syria"].id


def test_title_without_a_name_is_a_person_and_former_office_is_elite():
    rows = [("A", 2, "det", "DET", "a", "DT"), ("Turkish", 2, "amod", "ADJ", "turkish", "JJ"),
            ("prosecutor", 3, "nsubj", "NOUN", "prosecutor", "NN"),
            ("charged", 3, "ROOT", "VERB", "charge", "VBD"),
            ("a", 7, "det", "DET", "a", "DT"), ("former", 7, "amod", "ADJ", "former", "JJ"),
            ("Rwandan", 7, "amod", "ADJ", "rwandan", "JJ"),
            ("minister", 3, "dobj", "NOUN", "minister", "NN"), (".", 3, "punct", "PUNCT", ".", ".")]
    ents = ["O", "B-NORP", "O", "O", "O", "O", "B-NORP", "O", "O"]
    actors = by_name(find_actors(build_doc(rows, ents), load_knowledge()))
    prosecutor = actors["Turkish prosecutor"]
    assert (prosecutor.kind, prosecutor.country, prosecutor.sector, prosecutor.role) == (
        "person", "TUR", ["JUD"], "prosecutor")
    minister = actors["former Rwandan minister"]
    assert (minister.country, minister.sector[0]) == ("RWA", "ELI")


def test_title_in_apposition_before_the_name_joins_the_person():
    rows = [("the", 3, "det", "DET", "the", "DT"), ("Belarusian", 3, "amod", "ADJ", "belarusian", "JJ"),
            ("defense", 3, "compound", "NOUN", "defense", "NN"),
            ("minister", 8, "nsubj", "NOUN", "minister", "NN"), (",", 3, "punct", "PUNCT", ",", ","),
            ("Leonid", 6, "compound", "PROPN", "Leonid", "NNP"),
            ("Maltsev", 3, "appos", "PROPN", "Maltsev", "NNP"), (",", 3, "punct", "PUNCT", ",", ","),
            ("agreed", 8, "ROOT", "VERB", "agree", "VBD"), (".", 8, "punct", "PUNCT", ".", ".")]
    ents = ["O", "B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    actors = by_name(find_actors(build_doc(rows, ents), load_knowledge()))
    maltsev = actors["Leonid Maltsev"]
    assert (maltsev.country, maltsev.sector[0]) == ("BLR", "GOV")
    assert maltsev.mentions == [(1, 4), (5, 7)]
    assert not any(a.kind == "person" and a is not maltsev for a in actors.values())


def test_members_take_their_body_sector_and_a_people_is_a_group():
    rows = [("DEA", 1, "compound", "PROPN", "DEA", "NNP"),
            ("officials", 2, "nsubj", "NOUN", "official", "NNS"),
            ("met", 2, "ROOT", "VERB", "meet", "VBD"),
            ("South", 4, "compound", "PROPN", "South", "NNPS"),
            ("Koreans", 2, "dobj", "PROPN", "Koreans", "NNPS"), (".", 2, "punct", "PUNCT", ".", ".")]
    ents = ["B-ORG", "O", "O", "B-NORP", "I-NORP", "O"]
    actors = by_name(find_actors(build_doc(rows, ents), load_knowledge()))
    officials = actors["DEA officials"]
    assert (officials.kind, officials.country, officials.sector[0]) == ("group", "USA", "COP")
    koreans = actors["South Koreans"]
    assert (koreans.kind, koreans.country, koreans.sector) == ("group", "KOR", ["CVL"])


def test_capital_after_against_is_its_government_and_un_staff_are_igo():
    rows = [("UN", 1, "compound", "PROPN", "UN", "NNP"),
            ("officials", 2, "nsubj", "NOUN", "official", "NNS"),
            ("urged", 2, "ROOT", "VERB", "urge", "VBD"),
            ("sanctions", 2, "dobj", "NOUN", "sanction", "NNS"),
            ("against", 3, "prep", "ADP", "against", "IN"),
            ("Moscow", 4, "pobj", "PROPN", "Moscow", "NNP"), (".", 2, "punct", "PUNCT", ".", ".")]
    ents = ["B-ORG", "O", "O", "O", "O", "B-GPE", "O"]
    actors = by_name(find_actors(build_doc(rows, ents), load_knowledge()))
    assert actors["Russia"].mentions == [(5, 6)]
    officials = actors["UN officials"]
    assert (officials.country, officials.sector[0]) == (None, "IGO")


# -- the evaluator -----------------------------------------------------------------------------
def _record(*actors):
    from dyad.records import Record

    return Record(id="r", text="x" * 80, actors=tuple(actors))


def _actor(aid, kind, country, sector, *mentions):
    from dyad.records import Actor

    return Actor(id=aid, name=aid, kind=kind, country=country, sector=tuple(sector),
                 mentions=tuple(mentions))


def test_best_actor_overlaps_most_and_prefers_the_tighter_mention():
    from dyad.evaluate.actors import best_actor

    country = _actor("c", "country", "RUS", [], (0, 7))
    person = _actor("p", "person", "RUS", ["GOV"], (8, 30))
    wide = _actor("w", "group", None, [], (0, 40))
    rec = _record(country, person, wide)
    assert best_actor(rec, 0, 30).id == "w"  # overlaps 30 characters, the others fewer
    assert best_actor(_record(country, person), 0, 30).id == "p"
    assert best_actor(_record(_actor("a", "person", None, [], (0, 10)),
                              _actor("b", "person", None, [], (2, 8))), 2, 8).id == "b"
    assert best_actor(rec, 50, 60) is None


def test_the_scored_actor_is_the_one_holding_the_span_head():
    from dyad.evaluate.actors import scored_actor, span_head

    # "A court in Peru fined Acme": the span "A court in Peru" is headed by "court"
    doc = build_doc([("A", 1, "det", "DET", "a"), ("court", 4, "nsubj", "NOUN", "court"),
                     ("in", 1, "prep", "ADP", "in"), ("Peru", 2, "pobj", "PROPN", "Peru"),
                     ("fined", 4, "ROOT", "VERB", "fine"), ("Acme", 4, "dobj", "PROPN", "Acme")])
    assert span_head(doc, 0, 15) == (2, 7)
    court = _actor("k", "organization", None, ["JUD"], (2, 7))
    peru = _actor("c", "country", "PER", [], (11, 15))
    wide = _actor("w", "group", None, [], (0, 15))
    # "Peru" overlaps the span more than "court" does; the court holds the head
    assert scored_actor(_record(court, peru), 0, 15, (2, 7)).id == "k"
    # of the mentions holding the head, the tightest
    assert scored_actor(_record(wide, court, peru), 0, 15, (2, 7)).id == "k"
    # where no actor holds the head, the one overlapping the span most
    assert scored_actor(_record(peru), 0, 15, (2, 7)).id == "c"
    assert scored_actor(_record(peru), 0, 15, None).id == "c"


def test_score_span_country_sector_and_code():
    from dyad.evaluate.actors import score_span

    gold = {"row": 2, "start": 0, "end": 5, "kind": "person", "country": None,
            "sector": ["IGO", "JUD"]}
    right = score_span(gold, _actor("a", "person", None, ["JUD"], (0, 5)))
    assert right == {"found": True, "country": True, "sector": True, "sector_exact": False,
                     "code": True, "kind": True}
    wrong = score_span(gold, _actor("a", "organization", "USA", ["GOV", "IGO"], (0, 5)))
    assert (wrong["country"], wrong["sector"], wrong["code"], wrong["kind"]) == (
        False, False, False, False)
    country = {"row": 3, "start": 0, "end": 5, "kind": "country", "country": "FRA", "sector": []}
    assert score_span(country, _actor("c", "country", "FRA", [], (0, 6)))["code"] is True
    assert not any(score_span(country, None).values())


def test_tally_splits_halves_and_named_from_unnamed():
    from dyad.evaluate.actors import ActorTally

    tally = ActorTally()
    named = {"row": 4, "start": 0, "end": 5, "kind": "country", "country": "FRA", "sector": []}
    group = {"row": 5, "start": 0, "end": 5, "kind": "group", "country": "SYR", "sector": ["REB"]}
    tally.add(named, _actor("c", "country", "FRA", [], (0, 6)))
    tally.add(group, _actor("g", "group", None, ["REB"], (0, 5)))
    m = tally.metrics()
    assert m["tune"]["named_titled"]["n"] == 1 and m["tune"]["unnamed"]["n"] == 0
    assert m["held_out"]["unnamed"] == {"n": 1, "found": 1.0, "country": 0.0, "sector": 1.0,
                                        "sector_exact": 1.0, "code": 0.0, "kind": 1.0}
    assert m["all"]["all"]["n"] == 2 and m["all"]["all"]["country"] == 0.5


def test_tally_lists_tune_spans_only_and_can_hide_held_out_totals():
    from dyad.evaluate.actors import ActorTally, format_report

    tally = ActorTally()
    even = {"row": 4, "start": 0, "end": 5, "kind": "country", "country": "FRA", "sector": []}
    odd = {"row": 5, "start": 0, "end": 5, "kind": "country", "country": "SYR", "sector": []}
    tally.add(even, None, ("Paris", "Paris spoke."))
    tally.add(odd, None, ("Syria", "Syria spoke."))  # texts of a held-out span are dropped
    m = tally.metrics(details=True)
    assert [d["row"] for d in m["details"]] == [4]
    assert m["held_out"]["named_titled"]["n"] == 1
    report = format_report(m)
    assert "Paris spoke." in report and "Syria" not in report and "row 5" not in report
    hidden = tally.metrics(details=True, tune_only=True)
    assert set(hidden) == {"tune", "details"}
    assert "held_out" not in format_report(hidden)


def test_gold_and_sentences_are_read_and_checked(tmp_path):
    from dyad.evaluate.actors import read_gold, read_sentences

    gold = tmp_path / "g.jsonl"
    gold.write_text('{"row": 7, "start": 0, "end": 6, "kind": "country", "country": "FRA", '
                    '"sector": []}\n\n')
    assert read_gold(str(gold))[0]["country"] == "FRA"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"row": 7, "start": 0, "end": 6}\n')
    with pytest.raises(ValueError, match="missing country, kind, sector"):
        read_gold(str(bad))
    plv = tmp_path / "p.tsv"
    plv.write_text("\tsentence_id\tsentence\n0\t7\tFrance spoke.\n1\t7\tFrance spoke.\n"
                   "2\t9\tRussia spoke.\n")
    assert read_sentences(str(plv)) == {7: "France spoke.", 9: "Russia spoke."}


@pytest.mark.slow
def test_evaluate_actors_command_scores_a_small_file(tmp_path):
    from click.testing import CliRunner

    from dyad.evaluate.cli import evaluate

    plv = tmp_path / "p.tsv"
    plv.write_text("\tsentence_id\tsentence\n0\t2\tRussia accused Turkey of lying.\n")
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"row": 2, "role": "source", "start": 0, "end": 6, "text": "Russia", "kind": "country",
         "country": "RUS", "sector": []},
        {"row": 2, "role": "target", "start": 15, "end": 21, "text": "Turkey",
         "kind": "country", "country": "TUR", "sector": []}]))
    args = ["actors", "--gold", str(gold), "--plv", str(plv)]
    res = CliRunner().invoke(evaluate, args + ["--format", "json"])
    assert res.exit_code == 0, res.output
    m = json.loads(res.output)
    assert m["tune"]["named_titled"] == {"n": 2, "found": 1.0, "country": 1.0, "sector": 1.0,
                                         "sector_exact": 1.0, "code": 1.0, "kind": 1.0}
    text = CliRunner().invoke(evaluate, args + ["--errors"])
    assert text.exit_code == 0 and "held_out" in text.output
    tune = CliRunner().invoke(evaluate, args + ["--errors", "--tune-only"])
    assert tune.exit_code == 0 and "held_out" not in tune.output and "tune" in tune.output
    missing = tmp_path / "m.jsonl"
    missing.write_text(json.dumps({"row": 99, "start": 0, "end": 1, "kind": "country",
                                   "country": None, "sector": []}))
    res = CliRunner().invoke(evaluate, ["actors", "--gold", str(missing), "--plv", str(plv)])
    assert res.exit_code != 0 and "not in" in str(res.exception or res.output)


def test_generic_body_name_with_another_country_is_that_country_body():
    from spacy.matcher import PhraseMatcher

    rows = [("Brazil", 3, "poss", "PROPN", "Brazil", "NNP"), ("'s", 0, "case", "PART", "'s", "POS"),
            ("Supreme", 3, "compound", "PROPN", "Supreme", "NNP"),
            ("Court", 4, "nsubj", "PROPN", "Court", "NNP"),
            ("ruled", 4, "ROOT", "VERB", "rule", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "O", "O", "O", "O"])
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")  # the dictionary's "Supreme Court" (USA)
    matcher.add("DYAD", [build_doc([("Supreme", 1, "compound", "PROPN", "Supreme", "NNP"),
                                    ("Court", 1, "ROOT", "PROPN", "Court", "NNP")])])
    court = by_name(find_actors(doc, load_knowledge(), matcher))["Supreme Court"]
    assert (court.country, court.sector) == ("BRA", ["JUD"])


@pytest.mark.slow
def test_real_pipeline_codes_places_owners_and_bare_titles():
    import dyad

    text = ("A court in Bavaria convicted a Canadian man, and Syria's foreign ministry said the "
            "former Rwandan planning minister met Russian President Vladimir Putin.")
    rec = dyad.analyze(text, published="2019-05-01")

    def at(fragment):
        i = text.index(fragment)
        return next(a for a in rec.actors
                    if any(s <= i < e for s, e in a.mentions) and a.kind != "country")

    assert (at("court").country, at("court").sector[0]) == ("DEU", "JUD")
    assert (at("man").kind, at("man").country) == ("person", "CAN")
    assert (at("foreign ministry").country, at("foreign ministry").sector) == ("SYR", ("GOV",))
    assert (at("planning minister").country, at("planning minister").sector[0]) == ("RWA", "ELI")
    assert (at("Putin").country, at("Putin").code) == ("RUS", "RUSGOV")


def test_role_endings_hold_every_role_and_its_tails():
    from dyad.nlp.actor_groups import role_endings

    kb = load_knowledge()
    ends = role_endings(kb)
    assert "minister" in ends and all(term in ends for term in kb.roles)
    multi = next(term for term in kb.roles if " " in term)
    assert multi.rsplit(" ", 1)[1] in ends
    from dataclasses import replace

    own = replace(kb, roles=dict(kb.roles))  # the loaded dictionary is shared: leave it be
    own.roles["chief harbour warden"] = kb.roles[multi]
    assert "harbour warden" in role_endings(own) and "harbour warden" not in ends


def test_phrase_words_stay_importable_from_actors():
    from dyad.nlp import actor_phrases, actors

    assert actors.DETERMINERS is actor_phrases.DETERMINERS
    assert actors.HONORIFICS is actor_phrases.HONORIFICS
    assert "he" in actors.PRONOUNS


def test_hyphenated_names_keep_their_hyphen():
    doc = build_doc([
        ("Ban", 3, "compound", "PROPN", "Ban", "NNP"), ("Ki", 3, "compound", "PROPN", "Ki", "NNP"),
        ("-", 3, "punct", "PUNCT", "-", "HYPH"), ("moon", 4, "nsubj", "PROPN", "moon", "NNP"),
        ("spoke", 4, "ROOT", "VERB", "speak", "VBD"), (".", 4, "punct", "PUNCT", ".", "."),
    ], ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    names = [a.name for a in find_actors(doc, load_knowledge()).actors]
    assert "Ban Ki-moon" in names


def _dictionary_matcher(doc, *names):
    """A PhraseMatcher for some of the dictionary's names ("Senate": the US Senate)."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    matcher.add("DYAD", [build_doc(
        [(w, i, "dep", "PROPN", w, "NNP") for i, w in enumerate(n.split())]) for n in names])
    return matcher


def test_generic_body_takes_the_country_the_text_is_set_in():
    rows = [("Nigerian", 1, "amod", "ADJ", "nigerian", "JJ"),
            ("officials", 2, "nsubj", "NOUN", "official", "NNS"),
            ("said", 2, "ROOT", "VERB", "say", "VBD"), ("the", 4, "det", "DET", "the", "DT"),
            ("Senate", 5, "nsubj", "PROPN", "Senate", "NNP"),
            ("met", 2, "ccomp", "VERB", "meet", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O", "B-ORG", "O", "O"])
    senate = find_actors(doc, load_knowledge(), _dictionary_matcher(doc, "Senate")).at(doc[4])
    assert (senate.country, senate.sector, senate.code) == ("NGA", ["LEG"], "NGALEG")


def test_generic_body_keeps_its_country_when_the_other_one_is_only_acted_on():
    rows = [("The", 1, "det", "DET", "the", "DT"), ("Senate", 2, "nsubj", "PROPN", "Senate", "NNP"),
            ("sanctioned", 2, "ROOT", "VERB", "sanction", "VBD"),
            ("Russian", 4, "amod", "ADJ", "russian", "JJ"),
            ("banks", 2, "dobj", "NOUN", "bank", "NNS"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "O", "B-NORP", "O", "O"])
    actors = find_actors(doc, load_knowledge(), _dictionary_matcher(doc, "Senate"))
    assert actors.at(doc[1]).country == "USA"
    assert actors.at(doc[4]).country == "RUS"  # the banks are Russian all the same


def _senate_acts_on(first, last):
    rows = [("The", 1, "det", "DET", "the", "DT"), ("Senate", 2, "nsubj", "PROPN", "Senate", "NNP"),
            ("questioned", 2, "ROOT", "VERB", "question", "VBD"),
            (first, 4, "compound", "PROPN", first, "NNP"), (last, 2, "dobj", "PROPN", last, "NNP"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    matcher = _dictionary_matcher(doc, "Senate", f"{first} {last}")
    return find_actors(doc, load_knowledge(), matcher).at(doc[1])


def test_generic_body_takes_the_country_of_the_legislators_a_text_names():
    # a Nigerian senator, even as what the Senate acts on, says whose Senate it is
    assert _senate_acts_on("Bukola", "Saraki").country == "NGA"
    # a foreign president holds no seat in it: the dictionary's Senate
    assert _senate_acts_on("Vladimir", "Putin").country == "USA"
    # its members say whose it is before the setting does: a Nigerian senator in Moscow
    rows = [("MOSCOW", 4, "npadvmod", "PROPN", "Moscow", "NNP"), ("--", 4, "punct", "PUNCT", "--", ":"),
            ("The", 3, "det", "DET", "the", "DT"), ("Senate", 4, "nsubj", "PROPN", "Senate", "NNP"),
            ("questioned", 4, "ROOT", "VERB", "question", "VBD"),
            ("Bukola", 6, "compound", "PROPN", "Bukola", "NNP"),
            ("Saraki", 4, "dobj", "PROPN", "Saraki", "NNP"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    actors = find_actors(doc, load_knowledge(), _dictionary_matcher(doc, "Senate", "Bukola Saraki"))
    assert actors.at(doc[3]).country == "NGA"


POLICE = [("Police", 1, "nsubj", "NOUN", "police", "NNS"),
          ("arrested", 1, "ROOT", "VERB", "arrest", "VBD"), ("a", 4, "det", "DET", "a", "DT"),
          ("Russian", 4, "amod", "ADJ", "russian", "JJ"), ("man", 1, "dobj", "NOUN", "man", "NN"),
          (".", 1, "punct", "PUNCT", ".", ".")]


def test_domestic_body_takes_the_dateline_country_and_never_a_guess():
    dateline = [("MOSCOW", 7, "npadvmod", "PROPN", "Moscow", "NNP"),
                ("--", 7, "punct", "PUNCT", "--", ":")]
    rows = dateline + [(w, h + 2, d, p, lem, tag) for w, h, d, p, lem, tag in POLICE]
    rows[1] = ("--", 3, "punct", "PUNCT", "--", ":")
    rows[0] = ("MOSCOW", 3, "npadvmod", "PROPN", "Moscow", "NNP")
    doc = build_doc(rows, ["B-GPE", "O", "O", "O", "O", "B-NORP", "O", "O"])
    police = find_actors(doc, load_knowledge()).at(doc[2])
    assert (police.country, police.sector) == ("RUS", ["COP"])
    # Without the dateline the only country is the man's, whom the police act on: no country.
    doc = build_doc(POLICE, ["O", "O", "O", "B-NORP", "O", "O"])
    police = find_actors(doc, load_knowledge()).at(doc[0])
    assert (police.country, police.sector) == (None, ["COP"])


def test_a_town_the_model_took_for_a_body_still_places_a_court():
    from dyad.nlp.gazetteer import load_gazetteer

    rows = [("A", 1, "det", "DET", "a", "DT"), ("court", 4, "nsubj", "NOUN", "court", "NN"),
            ("in", 1, "prep", "ADP", "in", "IN"), ("Lyon", 2, "pobj", "PROPN", "Lyon", "NNP"),
            ("ruled", 4, "ROOT", "VERB", "rule", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "O", "B-ORG", "O", "O"])
    court = find_actors(doc, load_knowledge(), places=load_gazetteer()).at(doc[1])
    assert (court.country, court.sector) == ("FRA", ["JUD"])


@pytest.mark.slow
def test_real_pipeline_reads_the_setting_and_the_place_of_a_title():
    import dyad

    def at(rec, text, fragment):
        i = text.index(fragment)
        return next(a for a in rec.actors if any(s <= i < e for s, e in a.mentions))

    text = "Senate President, Bukola Saraki, will lead a Senate delegation on a visit to Russia."
    rec = dyad.analyze(text)
    assert (at(rec, text, "Saraki").country, at(rec, text, "Saraki").sector[0]) == ("NGA", "LEG")
    assert at(rec, text, "Senate delegation").country == "NGA"
    text = "The premier of Canada's Alberta province called for sanctions against the US."
    assert at(dyad.analyze(text), text, "premier").country == "CAN"
    text = ("Cebu City--Police have started an investigation of the killing of former Medellin "
            "town mayor Ricardo Ramirez.")
    rec = dyad.analyze(text)
    assert at(rec, text, "Police").country == "PHL"
    assert at(rec, text, "Ricardo Ramirez").country == "PHL"  # the Medellin near Cebu


def test_owner_on_the_title_and_of_a_country_after_the_name_give_a_person_a_country():
    rows = [("Mauritania", 2, "poss", "PROPN", "Mauritania", "NNP"),
            ("'s", 0, "case", "PART", "'s", "POS"),
            ("President", 4, "compound", "PROPN", "President", "NNP"),
            ("Ahmed", 4, "compound", "PROPN", "Ahmed", "NNP"),
            ("Salem", 8, "nsubj", "PROPN", "Salem", "NNP"),
            ("and", 4, "cc", "CCONJ", "and", "CC"), ("Jan", 7, "compound", "PROPN", "Jan", "NNP"),
            ("Horvat", 4, "conj", "PROPN", "Horvat", "NNP"),
            ("met", 8, "ROOT", "VERB", "meet", "VBD"), (".", 8, "punct", "PUNCT", ".", ".")]
    ents = ["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    actors = by_name(find_actors(build_doc(rows, ents), load_knowledge()))
    assert (actors["Ahmed Salem"].country, actors["Ahmed Salem"].role) == ("MRT", "president")
    rows = [("Jan", 1, "compound", "PROPN", "Jan", "NNP"),
            ("Horvat", 4, "nsubj", "PROPN", "Horvat", "NNP"), ("of", 1, "prep", "ADP", "of", "IN"),
            ("Croatia", 2, "pobj", "PROPN", "Croatia", "NNP"),
            ("spoke", 4, "ROOT", "VERB", "speak", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge()))["Jan Horvat"].country == "HRV"


def test_the_north_is_north_korea_only_in_a_text_that_names_it():
    from spacy.matcher import PhraseMatcher

    rows = [("North", 1, "compound", "PROPN", "North", "NNP"),
            ("Korea", 2, "nsubj", "PROPN", "Korea", "NNP"),
            ("warned", 2, "ROOT", "VERB", "warn", "VBD"), ("the", 4, "det", "DET", "the", "DT"),
            ("South", 2, "dobj", "PROPN", "South", "NNP"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "I-GPE", "O", "O", "B-GPE", "O"])
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    matcher.add("DYAD", [build_doc([("North", 1, "compound", "PROPN", "North", "NNP"),
                                    ("Korea", 1, "ROOT", "PROPN", "Korea", "NNP")]),
                         build_doc([("South", 0, "ROOT", "PROPN", "South", "NNP")])])
    actors = find_actors(doc, load_knowledge(), matcher)
    assert actors.at(doc[4]).name == "South Korea"
    rows[0], rows[1] = ("Local", 1, "amod", "ADJ", "local", "JJ"), ("voters", 2, "nsubj", "NOUN",
                                                                    "voter", "NNS")
    doc = build_doc(rows, ["O", "O", "O", "O", "B-GPE", "O"])
    assert find_actors(doc, load_knowledge(), matcher).at(doc[4]) is None


def test_hyphenated_title_and_members_of_an_international_body_keep_no_home_country():
    from spacy.matcher import PhraseMatcher

    rows = [("KABUL", 4, "npadvmod", "PROPN", "Kabul", "NNP"), ("--", 4, "punct", "PUNCT", "--", ":"),
            ("ISIL", 3, "compound", "PROPN", "ISIL", "NNP"),
            ("fighters", 4, "nsubj", "NOUN", "fighter", "NNS"),
            ("met", 4, "ROOT", "VERB", "meet", "VBD"),
            ("Attorney", 7, "compound", "PROPN", "Attorney", "NNP"),
            ("-", 7, "punct", "PUNCT", "-", "HYPH"),
            ("General", 9, "compound", "PROPN", "General", "NNP"),
            ("Ali", 9, "compound", "PROPN", "Ali", "NNP"),
            ("Karimi", 4, "dobj", "PROPN", "Karimi", "NNP"), (".", 4, "punct", "PUNCT", ".", ".")]
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    doc = build_doc(rows, ents)
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    matcher.add("DYAD", [build_doc([("ISIL", 0, "ROOT", "PROPN", "ISIL", "NNP")]),
                         build_doc([("Kabul", 0, "ROOT", "PROPN", "Kabul", "NNP")])])
    actors = find_actors(doc, load_knowledge(), matcher)
    fighters = actors.at(doc[3])
    assert (fighters.country, fighters.sector[0]) == (None, "REB")  # the dateline is no reason
    karimi = actors.at(doc[9])
    assert (karimi.role, karimi.sector[0]) == ("attorney general", "GOV")


def test_coordinated_nationalities_make_one_group_per_country():
    rows = [("Kenyan", 5, "amod", "ADJ", "kenyan", "JJ"), (",", 0, "punct", "PUNCT", ",", ","),
            ("Ugandan", 0, "conj", "ADJ", "ugandan", "JJ"), ("and", 2, "cc", "CCONJ", "and", "CC"),
            ("Burundian", 2, "conj", "ADJ", "burundian", "JJ"),
            ("troops", 6, "nsubj", "NOUN", "troop", "NNS"),
            ("arrived", 6, "ROOT", "VERB", "arrive", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "B-NORP", "O", "B-NORP", "O", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    groups = {a.country: a for a in actors.actors if a.kind == "group"}
    assert set(groups) == {"KEN", "UGA", "BDI"}
    assert all(g.sector == ["MIL"] for g in groups.values())
    assert groups["BDI"].mentions == [(4, 6)]  # the last conjunct reaches the shared head
    assert groups["KEN"].mentions == [(0, 1)] and groups["KEN"].name == "Kenyan troops"
    # one nationality only backs them: no split, and the backer is no nationality
    rows = [("Iranian", 2, "npadvmod", "ADJ", "iranian", "JJ"),
            ("-", 2, "punct", "PUNCT", "-", "HYPH"), ("backed", 5, "amod", "VERB", "back", "VBN"),
            ("and", 2, "cc", "CCONJ", "and", "CC"), ("Syrian", 2, "conj", "ADJ", "syrian", "JJ"),
            ("troops", 6, "nsubj", "NOUN", "troop", "NNS"),
            ("arrived", 6, "ROOT", "VERB", "arrive", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O", "B-NORP", "O", "O", "O"])
    groups = [a for a in find_actors(doc, load_knowledge()).actors if a.kind == "group"]
    assert len(groups) == 1 and groups[0].mentions == [(0, 6)]


def test_a_portfolio_the_model_took_for_a_body_is_a_title_and_takes_the_text_country():
    rows = [("MANILA", 2, "npadvmod", "PROPN", "Manila", "NNP"),
            ("--", 2, "punct", "PUNCT", "--", ":"),
            ("Education", 3, "compound", "PROPN", "Education", "NNP"),
            ("Secretary", 5, "compound", "PROPN", "Secretary", "NNP"),
            ("Ana", 5, "compound", "PROPN", "Ana", "NNP"),
            ("Cruz", 6, "nsubj", "PROPN", "Cruz", "NNP"),
            ("resigned", 6, "ROOT", "VERB", "resign", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
    rows[0], rows[1], rows[2] = (rows[0][0], 6, *rows[0][2:]), (rows[1][0], 6, *rows[1][2:]), (
        rows[2][0], 3, *rows[2][2:])
    doc = build_doc(rows, ["B-GPE", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    assert [a.name for a in actors.actors if a.kind == "organization"] == []
    cruz = actors.at(doc[5])
    assert (cruz.role, cruz.sector[0], cruz.country) == ("education secretary", "GOV", "PHL")
    # an office that deals with other states says nothing of whose it is
    rows[2], rows[3] = ("Foreign", 3, "compound", "PROPN", "Foreign", "NNP"), (
        "Minister", 5, "compound", "PROPN", "Minister", "NNP")
    doc = build_doc(rows, ["B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[5]).country is None


@pytest.mark.slow
def test_real_pipeline_reads_coordinated_titles_and_korean():
    import dyad

    def at(rec, text, fragment):
        i = text.index(fragment)
        return next(a for a in rec.actors if any(s <= i < e for s, e in a.mentions))

    text = ("Police detained one of the Kremlin's best-known foreign critics, Canadian lawyer and "
            "human rights campaigner Michael Arthur Stone, on Monday.")
    assert at(dyad.analyze(text), text, "Stone").country == "CAN"
    text = "The Russian leader and rights campaigner Michael Arthur Stone met on Monday."
    assert at(dyad.analyze(text), text, "Stone").country is None  # two people
    text = "The Korean government said it will send aid."
    assert at(dyad.analyze(text), text, "government").country == "KOR"


def test_one_of_a_group_in_apposition_with_a_person_is_that_person():
    rows = [("Police", 1, "nsubj", "NOUN", "police", "NNS"),
            ("charged", 1, "ROOT", "VERB", "charge", "VBD"), ("one", 1, "dobj", "NUM", "one", "CD"),
            ("of", 2, "prep", "ADP", "of", "IN"), ("the", 5, "det", "DET", "the", "DT"),
            ("Kremlin", 8, "poss", "PROPN", "Kremlin", "NNP"),
            ("'s", 5, "case", "PART", "'s", "POS"), ("foreign", 8, "amod", "ADJ", "foreign", "JJ"),
            ("critics", 3, "pobj", "NOUN", "critic", "NNS"), (",", 8, "punct", "PUNCT", ",", ","),
            ("British", 11, "amod", "ADJ", "british", "JJ"),
            ("activist", 13, "compound", "NOUN", "activist", "NN"),
            ("John", 13, "compound", "PROPN", "John", "NNP"),
            ("Brown", 8, "appos", "PROPN", "Brown", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    ents = ["O"] * 5 + ["B-ORG"] + ["O"] * 4 + ["B-NORP", "O", "B-PERSON", "I-PERSON", "O"]
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    brown = actors.at(doc[13])
    assert brown.country == "GBR"
    assert actors.at(doc[8]) is brown  # "one of the critics, X" is X
    assert not [a.name for a in actors.actors if a.kind == "group"]  # no group of critics
    assert actors.at(doc[0]).kind == "organization"  # "police" is a body, plural in form only
    # the British activist and the Kremlin are whom the police act on: the text has no setting
    assert actors.at(doc[0]).country is None


def test_titles_hold_plural_words_and_join_their_name_however_it_is_parsed():
    rows = [("the", 4, "det", "DET", "the", "DT"), ("Chinese", 4, "amod", "ADJ", "chinese", "JJ"),
            ("human", 3, "amod", "ADJ", "human", "JJ"),
            ("rights", 4, "compound", "NOUN", "right", "NNS"),
            ("lawyer", 6, "compound", "NOUN", "lawyer", "NN"),
            ("Yu", 6, "compound", "PROPN", "Yu", "NNP"),
            ("Wensheng", 8, "nsubjpass", "PROPN", "Wensheng", "NNP"),
            ("was", 8, "auxpass", "AUX", "be", "VBD"), ("jailed", 8, "ROOT", "VERB", "jail", "VBN"),
            (".", 8, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[6]).country == "CHN"
    # "Ethiopian Minister of Foreign Affairs Gedu Andargachew": one person, the title a modifier
    rows = [("Ethiopian", 1, "amod", "ADJ", "ethiopian", "JJ"),
            ("Minister", 6, "nmod", "PROPN", "Minister", "NNP"), ("of", 1, "prep", "ADP", "of", "IN"),
            ("Foreign", 4, "compound", "PROPN", "Foreign", "NNP"),
            ("Affairs", 2, "pobj", "PROPN", "Affairs", "NNPS"),
            ("Gedu", 6, "compound", "PROPN", "Gedu", "NNP"),
            ("Andargachew", 7, "nsubj", "PROPN", "Andargachew", "NNP"),
            ("said", 7, "ROOT", "VERB", "say", "VBD"), (".", 7, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    gedu = actors.at(doc[6])
    assert gedu.country == "ETH" and actors.at(doc[1]) is gedu
    assert [a.name for a in actors.actors if a.kind == "person"] == ["Gedu Andargachew"]
    # a title and the name after its comma, the parser having attached both to the verb
    rows = [("Police", 1, "nsubj", "NOUN", "police", "NNS"),
            ("arrested", 1, "ROOT", "VERB", "arrest", "VBD"), ("the", 4, "det", "DET", "the", "DT"),
            ("UAE", 4, "compound", "PROPN", "UAE", "NNP"),
            ("ambassador", 1, "dobj", "NOUN", "ambassador", "NN"),
            ("to", 1, "prep", "ADP", "to", "IN"), ("Bahrain", 5, "pobj", "PROPN", "Bahrain", "NNP"),
            (",", 1, "punct", "PUNCT", ",", ","), ("Ali", 9, "compound", "PROPN", "Ali", "NNP"),
            ("Hassan", 1, "dobj", "PROPN", "Hassan", "NNP"), (",", 1, "punct", "PUNCT", ",", ","),
            ("on", 1, "prep", "ADP", "on", "IN"), ("Monday", 11, "pobj", "PROPN", "Monday", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    ents = ["O", "O", "O", "B-ORG", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O",
            "B-DATE", "O"]
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    hassan = actors.at(doc[9])
    assert (hassan.country, hassan.role) == ("ARE", "ambassador")
    assert actors.at(doc[4]) is hassan


def test_a_generic_body_named_by_its_acronym_takes_the_text_country():
    rows = [("KABUL", 4, "npadvmod", "PROPN", "Kabul", "NNP"), ("--", 4, "punct", "PUNCT", "--", ":"),
            ("The", 3, "det", "DET", "the", "DT"), ("NSC", 4, "nsubj", "PROPN", "NSC", "NNP"),
            ("met", 4, "ROOT", "VERB", "meet", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "O", "B-ORG", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[3]).country == "AFG"
    rows[0] = ("WASHINGTON", 4, "npadvmod", "PROPN", "Washington", "NNP")
    doc = build_doc(rows, ["B-GPE", "O", "O", "B-ORG", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[3]).country == "USA"


def test_a_title_with_an_of_phrase_before_the_name_gives_its_country():
    rows = [("The", 1, "det", "DET", "the", "DT"), ("head", 10, "nsubj", "NOUN", "head", "NN"),
            ("of", 1, "prep", "ADP", "of", "IN"), ("Kenya", 5, "poss", "PROPN", "Kenya", "NNP"),
            ("'s", 3, "case", "PART", "'s", "POS"), ("police", 2, "pobj", "NOUN", "police", "NN"),
            (",", 1, "punct", "PUNCT", ",", ","), ("Joseph", 8, "compound", "PROPN", "Joseph", "NNP"),
            ("Boinnet", 1, "appos", "PROPN", "Boinnet", "NNP"), (",", 1, "punct", "PUNCT", ",", ","),
            ("said", 10, "ROOT", "VERB", "say", "VBD"), (".", 10, "punct", "PUNCT", ".", ".")]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = build_doc(rows, ents)
    assert find_actors(doc, load_knowledge()).at(doc[8]).country == "KEN"


def test_a_named_person_nothing_places_takes_the_one_country_the_text_names():
    from dyad.nlp.gazetteer import load_gazetteer

    places = load_gazetteer()
    rows = [("Yemen", 1, "nsubj", "PROPN", "Yemen", "NNP"),
            ("freed", 1, "ROOT", "VERB", "free", "VBD"),
            ("Jane", 3, "compound", "PROPN", "Jane", "NNP"),
            ("Roe", 1, "dobj", "PROPN", "Roe", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "B-PERSON", "I-PERSON", "O"])
    roe = by_name(find_actors(doc, load_knowledge(), places=places))["Jane Roe"]
    assert (roe.country, roe.kind) == ("YEM", "person")
    # with a second country in the text there is no telling whose she is
    rows = [("Yemen", 1, "nsubj", "PROPN", "Yemen", "NNP"),
            ("freed", 1, "ROOT", "VERB", "free", "VBD"),
            ("Jane", 3, "compound", "PROPN", "Jane", "NNP"),
            ("Roe", 1, "dobj", "PROPN", "Roe", "NNP"), ("in", 1, "prep", "ADP", "in", "IN"),
            ("Oman", 4, "pobj", "PROPN", "Oman", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    assert by_name(find_actors(doc, load_knowledge(), places=places))["Jane Roe"].country is None


@pytest.mark.parametrize("adj,title,lemma,code", [
    ("Vietnamese", ["defence", "chief"], "chief", ("VNM", "GOV")),
    ("British", ["High", "Commissioner"], "commissioner", ("GBR", "GOV")),
])
def test_chief_titles_and_a_national_high_commissioner_code_the_office(adj, title, lemma, code):
    rows = [(adj, 2, "amod", "ADJ", adj.lower(), "JJ"),
            (title[0], 2, "compound", "NOUN", title[0].lower(), "NN"),
            (title[1], 4, "compound", "NOUN", lemma, "NN"),
            ("Jan", 4, "compound", "PROPN", "Jan", "NNP"), ("Novak", 5, "nsubj", "PROPN", "Novak", "NNP"),
            ("spoke", 5, "ROOT", "VERB", "speak", "VBD"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    novak = find_actors(doc, load_knowledge()).at(doc[4])
    assert (novak.country, novak.sector[0]) == code


def test_the_hague_is_a_city_not_william_hague():
    kb = load_knowledge()
    assert kb.entry("The Hague") is None and kb.entry("Hague").name == "William Hague"
    rows = [("Talks", 1, "nsubj", "NOUN", "talk", "NNS"), ("opened", 1, "ROOT", "VERB", "open", "VBD"),
            ("in", 1, "prep", "ADP", "in", "IN"), ("The", 4, "det", "DET", "the", "DT"),
            ("Hague", 2, "pobj", "PROPN", "Hague", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "O", "B-GPE", "I-GPE", "O"])
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(doc.vocab, attr="ORTH")  # the dictionary's "The Hague" and "Hague"
    matcher.add("DYAD", [build_doc([("The", 1, "det", "DET", "the", "DT"),
                                    ("Hague", 1, "ROOT", "PROPN", "Hague", "NNP")]),
                         build_doc([("Hague", 0, "ROOT", "PROPN", "Hague", "NNP")])])
    assert [a.name for a in find_actors(doc, kb, matcher).actors if a.kind == "person"] == []


def test_a_birthplace_yields_to_a_nationality():
    rows = [("The", 6, "det", "DET", "the", "DT"), ("Afghan", 3, "npadvmod", "ADJ", "afghan", "JJ"),
            ("-", 3, "punct", "PUNCT", "-", "HYPH"), ("born", 6, "amod", "VERB", "bear", "VBN"),
            ("U.S.", 6, "compound", "PROPN", "U.S.", "NNP"),
            ("special", 6, "amod", "ADJ", "special", "JJ"),
            ("envoy", 7, "nsubj", "NOUN", "envoy", "NN"), ("left", 7, "ROOT", "VERB", "leave", "VBD"),
            (".", 7, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-NORP", "O", "O", "B-GPE", "O", "O", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[6]).country == "USA"
    rows = rows[:4] + [("businessman", 5, "nsubj", "NOUN", "businessman", "NN"),
                       ("left", 5, "ROOT", "VERB", "leave", "VBD"), (".", 5, "punct", "PUNCT", ".", ".")]
    rows = [(w, 4 if i in (0, 3) else h, *rest) for i, (w, h, *rest) in enumerate(rows)]
    doc = build_doc(rows, ["O", "B-NORP", "O", "O", "O", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[4]).country == "AFG"  # none other given


@pytest.mark.parametrize("surname,country", [("Clinton", "USA"), ("Khan", None)])
def test_a_surname_alone_takes_the_country_all_its_dictionary_bearers_share(surname, country):
    kb = load_knowledge()
    assert kb.surname_countries("al-Sarraj") == kb.surname_countries("Sarraj") == {"LBY"}
    rows = [(surname, 1, "nsubj", "PROPN", surname, "NNP"),
            ("smiled", 1, "ROOT", "VERB", "smile", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-PERSON", "O", "O"])
    assert find_actors(doc, kb).at(doc[0]).country == country


@pytest.mark.parametrize("noun,lemma,sector", [("ranchers", "rancher", "AGR"),
                                               ("channels", "channel", None)])
def test_more_kinds_of_people_make_coded_groups(noun, lemma, sector):
    rows = [("Israeli", 1, "amod", "ADJ", "israeli", "JJ"), (noun, 2, "nsubj", "NOUN", lemma, "NNS"),
            ("protested", 2, "ROOT", "VERB", "protest", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O"])
    group = find_actors(doc, load_knowledge()).at(doc[1])
    if sector is None:
        assert group is None  # "channel" alone is no kind of actor; "television channel" is
    else:
        assert (group.kind, group.country, group.sector) == ("group", "ISR", [sector])


def test_a_named_body_nothing_places_takes_the_one_country_the_text_names():
    from dyad.nlp.gazetteer import load_gazetteer

    rows = [("Uruguay", 1, "nsubj", "PROPN", "Uruguay", "NNP"),
            ("closed", 1, "ROOT", "VERB", "close", "VBD"),
            ("Opinar", 1, "dobj", "PROPN", "Opinar", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "B-ORG", "O"])
    actors = find_actors(doc, load_knowledge(), places=load_gazetteer())
    assert actors.at(doc[2]).country == "URY"
    assert load_knowledge().entry("ALDE").sector == ("PTY", "IGO")  # a European party group


def test_a_surname_the_model_took_for_a_body_joins_the_person_named_in_full():
    rows = [("Jane", 1, "compound", "PROPN", "Jane", "NNP"),
            ("Quillfeather", 2, "nsubj", "PROPN", "Quillfeather", "NNP"),
            ("spoke", 2, "ROOT", "VERB", "speak", "VBD"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Quillfeather", 5, "nsubj", "PROPN", "Quillfeather", "NNP"),
            ("left", 5, "ROOT", "VERB", "leave", "VBD"),
            (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    assert [(a.name, a.kind) for a in actors.actors] == [("Jane Quillfeather", "person")]
    assert actors.actors[0].mentions == [(0, 2), (4, 5)]


def test_a_title_alone_the_model_took_for_a_name_is_the_office_holder_placed_by_its_owner():
    rows = [("Jordan", 3, "poss", "PROPN", "Jordan", "NNP"),
            ("'s", 0, "case", "PART", "'s", "POS"),
            ("Crown", 3, "compound", "PROPN", "Crown", "NNP"),
            ("Prince", 4, "nsubj", "PROPN", "Prince", "NNP"),
            ("spoke", 4, "ROOT", "VERB", "speak", "VBD"),
            (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    prince = next(a for a in find_actors(doc, load_knowledge()).actors if a.kind == "person")
    assert (prince.country, prince.sector[0], prince.role) == ("JOR", "GOV", "crown prince")
    assert prince.mentions == [(0, 4)]


def test_the_palestinian_territories_are_palestine():
    # "Police in the Gaza Strip arrested two men."
    rows = [("Police", 5, "nsubj", "NOUN", "police", "NNS"), ("in", 0, "prep", "ADP", "in", "IN"),
            ("the", 4, "det", "DET", "the", "DT"), ("Gaza", 4, "compound", "PROPN", "Gaza", "NNP"),
            ("Strip", 1, "pobj", "PROPN", "Strip", "NNP"),
            ("arrested", 5, "ROOT", "VERB", "arrest", "VBD"), ("two", 7, "nummod", "NUM", "two", "CD"),
            ("men", 5, "dobj", "NOUN", "man", "NNS"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "O", "B-GPE", "I-GPE", "O", "O", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    assert actors.at(doc[3]).kind == "country" and actors.at(doc[3]).country == "PSE"
    assert actors.at(doc[0]).country == "PSE"


def test_a_noun_saying_what_kind_of_body_a_name_is_joins_the_body():
    # "The Hamas movement rejected it.", then "The Acme Corp (AC) group rejected it."
    rows = [("The", 2, "det", "DET", "the", "DT"), ("Hamas", 2, "compound", "PROPN", "Hamas", "NNP"),
            ("movement", 3, "nsubj", "NOUN", "movement", "NN"),
            ("rejected", 3, "ROOT", "VERB", "reject", "VBD"), ("it", 3, "dobj", "PRON", "it", "PRP"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "O", "O", "O", "O"])
    actors = find_actors(doc, load_knowledge(), _dictionary_matcher(doc, "Hamas"))
    hamas = by_name(actors)["Hamas"]
    assert hamas.mentions == [(1, 3)] and hamas.country == "PSE"
    assert len(actors.actors) == 1
    rows = [("The", 2, "det", "DET", "the", "DT"), ("Acme", 2, "compound", "PROPN", "Acme", "NNP"),
            ("Corp", 6, "nmod", "PROPN", "Corp", "NNP"), ("(", 4, "punct", "PUNCT", "(", "-LRB-"),
            ("AC", 2, "appos", "PROPN", "AC", "NNP"), (")", 4, "punct", "PUNCT", ")", "-RRB-"),
            ("group", 7, "nsubj", "NOUN", "group", "NN"),
            ("rejected", 7, "ROOT", "VERB", "reject", "VBD"), (".", 7, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "O"])
    acme = find_actors(doc, load_knowledge()).at(doc[6])
    assert acme is not None and acme.name == "Acme Corp" and (1, 7) in acme.mentions


def test_a_named_entity_spelling_an_acronym_as_a_word_is_its_body():
    doc = build_doc([
        ("Farc", 2, "nsubj", "PROPN", "Farc", "NNP"), ("has", 2, "aux", "AUX", "have", "VBZ"),
        ("freed", 2, "ROOT", "VERB", "free", "VBN"), ("hostages", 2, "dobj", "NOUN", "hostage", "NNS"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ["B-ORG", "O", "O", "O", "O"])
    farc = by_name(find_actors(doc, load_knowledge()))["Revolutionary Armed Forces of Colombia"]
    assert (farc.country, farc.mentions) == ("COL", [(0, 1)])


def test_a_nationality_the_model_took_into_a_name_is_read_as_a_title():
    doc = build_doc([
        ("Police", 1, "nsubj", "NOUN", "police", "NNS"), ("arrested", 1, "ROOT", "VERB", "arrest", "VBD"),
        ("Briton", 4, "compound", "PROPN", "Briton", "NNP"), ("John", 4, "compound", "PROPN", "John", "NNP"),
        ("Smithers", 1, "dobj", "PROPN", "Smithers", "NNP"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    smithers = by_name(find_actors(doc, load_knowledge()))["John Smithers"]
    assert (smithers.country, smithers.mentions) == ("GBR", [(2, 5)])


def test_a_countrys_name_that_is_the_surname_of_a_person_named_in_full_is_that_person():
    doc = build_doc([
        ("Jim", 1, "compound", "PROPN", "Jim", "NNP"), ("Jordan", 2, "nsubj", "PROPN", "Jordan", "NNP"),
        ("spoke", 2, "ROOT", "VERB", "speak", "VBD"), (".", 2, "punct", "PUNCT", ".", "."),
        ("Jordan", 5, "nsubj", "PROPN", "Jordan", "NNP"), ("smiled", 5, "ROOT", "VERB", "smile", "VBD"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ], ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"])
    actors = by_name(find_actors(doc, load_knowledge()))
    assert "Jordan" not in actors and actors["Jim Jordan"].mentions == [(0, 2), (4, 5)]
    doc = build_doc([
        ("Jordan", 1, "nsubj", "PROPN", "Jordan", "NNP"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge()))["Jordan"].country == "JOR"


def test_a_name_the_model_took_for_a_body_in_apposition_to_a_persons_title_is_a_person():
    doc = build_doc([
        ("The", 1, "det", "DET", "the", "DT"), ("spokesman", 7, "nsubj", "NOUN", "spokesman", "NN"),
        (",", 1, "punct", "PUNCT", ",", ","), ("Ahmed", 4, "compound", "PROPN", "Ahmed", "NNP"),
        ("Hafez", 1, "appos", "PROPN", "Hafez", "NNP"), (",", 1, "punct", "PUNCT", ",", ","),
        ("then", 7, "advmod", "ADV", "then", "RB"), ("spoke", 7, "ROOT", "VERB", "speak", "VBD"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"])
    hafez = by_name(find_actors(doc, load_knowledge()))["Ahmed Hafez"]
    assert hafez.kind == "person"


def test_an_acronym_in_apposition_to_a_title_stays_a_body():
    doc = build_doc([
        ("The", 1, "det", "DET", "the", "DT"), ("leader", 5, "nsubj", "NOUN", "leader", "NN"),
        (",", 1, "punct", "PUNCT", ",", ","), ("AFC", 1, "appos", "PROPN", "AFC", "NNP"),
        (",", 1, "punct", "PUNCT", ",", ","), ("spoke", 5, "ROOT", "VERB", "speak", "VBD"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "B-ORG", "O", "O", "O"])
    assert by_name(find_actors(doc, load_knowledge()))["AFC"].kind == "organization"


def test_a_titled_surname_of_namesakes_takes_the_country_of_who_held_that_office_then(namesakes_kb):
    kb = namesakes_kb

    def country(title, published):
        words = [(w, 2, "compound", "PROPN", w, "NNP") for w in title.split()]
        n = len(words)
        doc = build_doc(words + [
            ("Zembala", n + 1, "nsubj", "PROPN", "Zembala", "NNP"),
            ("spoke", n + 1, "ROOT", "VERB", "speak", "VBD"), (".", n + 1, "punct", "PUNCT", ".", "."),
        ], ["O"] * n + ["B-PERSON", "O", "O"])
        return by_name(find_actors(doc, kb, published=published))["Zembala"].country

    assert country("President", "2023-05-01") == "BFA"
    assert country("President", "1985-05-01") == "MLI"
    assert country("Vice President", "2023-05-01") == "IRL"
    assert country("President", None) is None  # three namesakes, nothing to tell them by


def test_a_lone_given_name_joined_to_a_full_name_shares_its_surname():
    def names(first):
        doc = build_doc([
            (first, 4, "nsubj", "PROPN", first, "NNP"), ("and", 0, "cc", "CCONJ", "and", "CC"),
            ("Ghazala", 3, "compound", "PROPN", "Ghazala", "NNP"),
            ("Zembala", 0, "conj", "PROPN", "Zembala", "NNP"),
            ("spoke", 4, "ROOT", "VERB", "speak", "VBD"), (".", 4, "punct", "PUNCT", ".", "."),
        ], ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"])
        return set(by_name(find_actors(doc, load_knowledge())))

    assert names("Khizr") == {"Khizr Zembala", "Ghazala Zembala"}
    # a word no list gives as a first name is a surname of its own
    assert "Kowalczyk" in names("Kowalczyk")
