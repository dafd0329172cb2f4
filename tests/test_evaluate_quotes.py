import json
from pathlib import Path

import pytest

from dyad.evaluate.quotes import (
    GoldAttribution,
    evaluate_quotes,
    format_report,
    match_quotes,
    name_matches,
    normalise,
    quote_kind,
    read_polnear,
    trim,
)
from dyad.records import Actor, Quote, Record

TEXT = ('"We will win this race," Mayor Ann Lee said on Monday. "Nobody doubts it." '
        "Her rival said that the count was \"rigged from the start\" by officials. "
        "The council reported that turnout fell.")


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def piece(text: str, s: str, nth: int = 0) -> dict:
    a, b = span(text, s, nth)
    return {"start": a, "end": b, "text": text[a:b]}


def quote(qid: str, text: str, content: str, kind: str, *, cue: str | None = None,
          speaker: str | None = None, speaker_span: str | None = None) -> Quote:
    s, e = span(text, content)
    return Quote(id=qid, text=text[s:e], start=s, end=e, kind=kind, speaker=speaker,
                 speaker_span=span(text, speaker_span) if speaker_span else None,
                 cue=cue, cue_span=span(text, cue) if cue else None)


def gold_attr(aid: str, text: str, content: list[str], cue: str | None, source: str | None):
    pieces = tuple(sorted(span(text, c) for c in content))
    kind = quote_kind(" ".join(text[s:e] for s, e in pieces))
    return GoldAttribution(aid, pieces, (span(text, cue),) if cue else (),
                           (span(text, source),) if source else (), kind)


def polnear_row(doc_id: str, annotator: str, text: str, attributions: list[dict]) -> str:
    return json.dumps({"doc_id": doc_id, "annotator": annotator, "compartment": "dev",
                       "text": text, "attributions": attributions})


def attribution(aid: str, text: str, content: list[str], cue: str, source: str | None,
                content2: list[str] = ()) -> dict:
    return {"id": aid, "source": [piece(text, source)] if source else [],
            "cue": [piece(text, cue)], "content": [piece(text, c) for c in content],
            "content2": [piece(text, c) for c in content2], "no_source": source is None}


# -- kinds and normalisation -----------------------------------------------------------------
@pytest.mark.parametrize("content, kind", [
    ("“We will win,”", "direct"),
    ("''Not paying taxes makes me smart,''", "direct"),
    ("that paying taxes ''makes me smart''", "mixed"),
    ('"We will win," ', "direct"),
    ('"It is over." "We lost."', "direct"),
    ('that the count was "rigged from the start"', "mixed"),
    ("the plan as a “crazy system”", "mixed"),
    ("that turnout fell", "indirect"),
    ("Her rival's plan can't work", "indirect"),
])
def test_quote_kind(content, kind):
    assert quote_kind(content) == kind


def test_normalise_strips_marks_edges_and_leading_that():
    assert normalise('"We will win this race," ') == "We will win this race"
    assert normalise("that turnout fell.") == "turnout fell"
    assert normalise("the count was “rigged” by officials") == "the count was rigged by officials"


def test_trim_keeps_a_quoted_that():
    text = 'He said: "That is final." She said that it was not.'
    s, e = trim(text, *span(text, '"That is final."'))
    assert text[s:e] == "That is final"
    s, e = trim(text, *span(text, "That is final."))  # Dyad's side, without the marks
    assert text[s:e] == "That is final"
    s, e = trim(text, *span(text, "that it was not."))
    assert text[s:e] == "it was not"


def test_name_matches_full_name_or_surname():
    assert name_matches("Ann Lee", "ann lee")
    assert name_matches("Ann Lee", "Lee")
    assert name_matches("Mayor Ann Lee", "Ann Lee")
    assert not name_matches("Ann Lee", "Ann Smith")
    assert not name_matches("Ann Lee", None)


# -- matching --------------------------------------------------------------------------------
def test_exact_match_ignores_marks_and_that():
    gold = [gold_attr("E1", TEXT, ['"We will win this race,"'], "said", "Mayor Ann Lee"),
            gold_attr("E2", TEXT, ["that turnout fell"], "reported", "The council")]
    pred = [quote("q1", TEXT, "We will win this race,", "direct"),
            quote("q2", TEXT, "turnout fell", "indirect")]
    m = match_quotes(TEXT, gold, pred)
    assert m.exact == {0: [0], 1: [1]}
    assert m.pairs == {0: 0, 1: 1}


def test_split_quote_matches_its_halves_and_its_cover_exactly():
    gold = [gold_attr("E1", TEXT, ['"We will win this race,"', '"Nobody doubts it."'], "said",
                      "Mayor Ann Lee")]
    halves = [quote("q1", TEXT, "We will win this race,", "direct"),
              quote("q2", TEXT, "Nobody doubts it.", "direct")]
    m = match_quotes(TEXT, gold, halves)
    assert m.exact == {0: [0, 1]}
    assert sorted(m.lenient[0]) == [0, 1]
    # one half alone is found leniently, not exactly
    m = match_quotes(TEXT, gold, halves[:1])
    assert m.exact == {} and m.lenient == {0: [0]}
    whole = [quote("q1", TEXT, 'We will win this race," Mayor Ann Lee said on Monday. '
                   '"Nobody doubts it.', "direct")]
    assert match_quotes(TEXT, gold, whole).exact == {0: [0]}


def test_lenient_needs_half_of_the_longer_side():
    gold = [gold_attr("E1", TEXT, ["that the count was \"rigged from the start\" by officials"],
                      "said", "Her rival")]
    short = [quote("q1", TEXT, 'was "rigged from the start', "mixed")]  # 5 of 9 words
    shorter = [quote("q1", TEXT, "rigged from the start", "direct")]  # 4 of 9
    assert 0 in match_quotes(TEXT, gold, short).lenient
    assert match_quotes(TEXT, gold, shorter).lenient == {}


def test_one_predicted_quote_fills_one_gold():
    gold = [gold_attr("E1", TEXT, ["that turnout fell"], "reported", "The council")]
    pred = [quote("q1", TEXT, "turnout fell", "indirect"),
            quote("q2", TEXT, "turnout fell.", "indirect")]
    m = match_quotes(TEXT, gold, pred)
    assert m.lenient == {0: [0]}


# -- the whole scorer on a hand-made file ----------------------------------------------------
def write_gold(tmp_path) -> str:
    rows = [
        polnear_row("d1", "b", TEXT, [attribution("E1", TEXT, ["that turnout fell"], "reported",
                                                  "The council")]),
        polnear_row("d1", "a", TEXT, [
            attribution("E1", TEXT, ['"We will win this race,"'], "said", "Mayor Ann Lee",
                        content2=['"Nobody doubts it."']),
            attribution("E2", TEXT, ['that the count was "rigged from the start" by officials'],
                        "said", "Her rival", ),
            attribution("E3", TEXT, ["that turnout fell"], "reported", "The council"),
        ]),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def test_read_polnear_takes_the_first_annotator_and_joins_content2(tmp_path):
    (art,) = read_polnear(write_gold(tmp_path))
    assert art.annotator == "a"
    assert [a.kind for a in art.attributions] == ["direct", "mixed", "indirect"]
    assert len(art.attributions[0].content) == 2


def predicted_record() -> Record:
    lee = Actor(id="a1", name="Ann Lee", kind="person",
                mentions=(span(TEXT, "Mayor Ann Lee"),))
    rival = Actor(id="a2", name="Bob Stone", kind="person", mentions=(span(TEXT, "Her rival"),))
    quotes = (
        quote("q1", TEXT, "We will win this race,", "direct", cue="said", speaker="a1",
              speaker_span="Ann Lee"),
        quote("q2", TEXT, "Nobody doubts it.", "direct", cue="said", speaker="a1",
              speaker_span="Ann Lee"),
        # the mixed quote, found but called indirect, with a wrong cue and no speaker span
        quote("q3", TEXT, 'the count was "rigged from the start" by officials.', "indirect",
              cue="rigged"),
        quote("q4", TEXT, "on Monday", "indirect"),  # a false positive
    )
    return Record(id="d1", text=TEXT, actors=(lee, rival), quotes=quotes)


def test_evaluate_quotes_counts(tmp_path):
    m = evaluate_quotes(write_gold(tmp_path), nlp_records=[predicted_record()])
    assert m["articles"] == 1 and m["failed"] == 0
    assert m["gold"] == {"direct": 1, "mixed": 1, "indirect": 1}
    assert m["pred"] == {"direct": 2, "mixed": 0, "indirect": 2}
    lenient, exact = m["lenient"], m["exact"]
    assert lenient["direct"]["gold_found"] == 1 and lenient["direct"]["pred_matched"] == 2
    assert lenient["mixed"]["recall"] == 1.0       # recall by gold kind
    assert lenient["mixed"]["pred"] == 0           # precision by Dyad's kind
    assert lenient["indirect"]["recall"] == 0.0    # "turnout fell" was missed
    assert lenient["indirect"]["precision"] == 0.5
    assert lenient["overall"]["gold_found"] == 2 and lenient["overall"]["pred_matched"] == 3
    # the split direct quote (both halves) and the mixed quote, trimmed
    assert exact["overall"]["gold_found"] == 2 and exact["overall"]["pred_matched"] == 3
    assert exact["direct"]["gold_found"] == 1 and exact["direct"]["pred_matched"] == 2
    assert m["kind_confusion"]["mixed"]["indirect"] == 1
    assert m["cue_pairs"]["pairs"] == 2
    assert m["cue_pairs"]["gold_found"] == 1 and m["cue_pairs"]["pred"] == 2
    assert m["cue_all"]["gold"] == 2               # "said" (shared) and "reported"
    assert m["cue_all"]["pred"] == 2 and m["cue_all"]["pred_matched"] == 1
    src = m["source"]
    assert src["pairs_with_gold_source"] == 2
    assert src["overlap"] == 1 and src["exact"] == 0 and src["no_speaker_span"] == 1
    report = format_report(m)
    assert "lenient overall" in report and "(3/4)" in report


def test_resolution_scored_per_case(tmp_path):
    rec = predicted_record()
    a, b = span(TEXT, '"Nobody doubts it."')
    c, d = span(TEXT, 'that the count was "rigged from the start" by officials')
    res = tmp_path / "res.jsonl"
    res.write_text("\n".join(json.dumps(x) for x in [
        {"doc_id": "d1", "content_start": a, "content_end": b, "case": "continuation",
         "name": "Mayor Ann Lee"},
        {"doc_id": "d1", "content_start": c, "content_end": d, "case": "descriptor",
         "name": "Bob Stone"},
        {"doc_id": "other", "content_start": 0, "content_end": 5, "case": "pronoun",
         "name": "X"},
    ]), encoding="utf-8")
    m = evaluate_quotes(write_gold(tmp_path), nlp_records={"d1": rec}, resolution=str(res))
    r = m["resolution"]
    assert r["continuation"] == {"n": 1, "quote_found": 1, "correct": 1, "accuracy": 1.0,
                                 "accuracy_when_found": 1.0, "actor_correct": 1,
                                 "actor_accuracy_when_found": 1.0}
    assert r["descriptor"]["quote_found"] == 1 and r["descriptor"]["correct"] == 0
    assert "pronoun" not in r                      # its article was not analysed
    assert r["overall"]["n"] == 2
    assert "continuation" in format_report(m)


def test_resolution_counts_the_actor_a_mention_names(tmp_path):
    # Dyad calls Ann Lee by a fuller name than the gold's; her mention "Mayor Ann Lee" reads as
    # the gold name, so the actor is right though the name differs. A wrong actor stays wrong.
    rec = predicted_record()
    lee = Actor(id="a1", name="Ann Marie Lee-Smith", kind="person",
                mentions=(span(TEXT, "Mayor Ann Lee"),))
    rec = Record(id="d1", text=TEXT, actors=(lee, rec.actors[1]), quotes=rec.quotes)
    a, b = span(TEXT, '"Nobody doubts it."')
    res = tmp_path / "res.jsonl"
    res.write_text("\n".join(json.dumps(x) for x in [
        {"doc_id": "d1", "content_start": a, "content_end": b, "case": "continuation",
         "name": "Mayor Ann Lee"},
        {"doc_id": "d1", "content_start": a, "content_end": b, "case": "full_name",
         "name": "Her rival"},
    ]), encoding="utf-8")
    r = evaluate_quotes(write_gold(tmp_path), nlp_records={"d1": rec},
                        resolution=str(res))["resolution"]
    assert r["continuation"]["correct"] == 0 and r["continuation"]["actor_correct"] == 1
    assert r["full_name"]["correct"] == 0 and r["full_name"]["actor_correct"] == 0


def test_only_resolved_scores_the_articles_the_resolution_file_names(tmp_path):
    gold = tmp_path / "gold.jsonl"
    other = polnear_row("d2", "a", "Nothing was said here.", [])
    first = Path(write_gold(tmp_path)).read_text(encoding="utf-8")
    gold.write_text(first + other + "\n", encoding="utf-8")
    a, b = span(TEXT, '"Nobody doubts it."')
    res = tmp_path / "res.jsonl"
    res.write_text(json.dumps({"doc_id": "d1", "content_start": a, "content_end": b,
                               "case": "continuation", "name": "Ann Lee"}), encoding="utf-8")
    records = {"d1": predicted_record(), "d2": Record(id="d2", text="Nothing was said here.")}
    every = evaluate_quotes(str(gold), nlp_records=records, resolution=str(res))
    only = evaluate_quotes(str(gold), nlp_records=records, resolution=str(res),
                           only_resolved=True)
    assert every["articles"] == 2 and only["articles"] == 1
    assert only["resolution"]["overall"]["correct"] == 1
    with pytest.raises(ValueError):
        evaluate_quotes(str(gold), nlp_records=records, only_resolved=True)


def test_failed_record_counts_as_no_quotes(tmp_path):
    rec = Record(id="d1", text=TEXT, error={"code": "analysis", "message": "boom"})
    m = evaluate_quotes(write_gold(tmp_path), nlp_records=[rec])
    assert m["failed"] == 1
    assert m["lenient"]["overall"]["gold_found"] == 0


@pytest.mark.slow
def test_real_pipeline_on_a_small_file(tmp_path):
    one = ('"We will not raise taxes," Governor Maria Lopez said on Tuesday. '
           "The senator said that the bill would fail.")
    two = ("Officials in the city said the bridge would reopen next week. "
           '"It is safe," said Tom Baker, the chief engineer.')
    rows = [
        polnear_row("p1", "a", one, [
            attribution("E1", one, ['"We will not raise taxes,"'], "said",
                        "Governor Maria Lopez"),
            attribution("E2", one, ["that the bill would fail"], "said", "The senator"),
        ]),
        polnear_row("p2", "a", two, [
            attribution("E1", two, ["the bridge would reopen next week"], "said",
                        "Officials in the city"),
            attribution("E2", two, ['"It is safe,"'], "said", "Tom Baker, the chief engineer"),
        ]),
    ]
    path = tmp_path / "polnear.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    m = evaluate_quotes(str(path))
    assert m["articles"] == 2 and m["failed"] == 0
    assert m["lenient"]["direct"]["gold_found"] >= 1
    assert m["lenient"]["overall"]["gold_found"] >= 2
    assert "exact overall" in format_report(m)


def test_pieces_cut_at_a_sentence_are_read_as_one(tmp_path):
    text = ('Lee said: "We will win. Nobody doubts it." Then she left, "for now," she said.\n\n'
            '"We are ready."')
    a, b = span(text, '"We will win.'), span(text, 'Nobody doubts it."')
    c, d = span(text, '"for now,"'), span(text, "she left")
    f = span(text, '"We are ready."')

    def pieces(*spans):
        return [{"start": s, "end": e, "text": text[s:e]} for s, e in spans]

    row = {"doc_id": "d1", "annotator": "a", "compartment": "x", "text": text,
           "attributions": [{"id": "A1", "content": pieces(a, b), "cue": [], "source": []},
                            {"id": "A2", "content": pieces(d, c, f), "cue": [], "source": []}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (art,) = read_polnear(str(path))
    assert art.attributions[0].content == ((a[0], b[1]),)   # only a space between the pieces
    assert art.attributions[1].content == (d, c, f)   # a comma; a new paragraph: apart
