import pytest

from dyad.evaluate.events import (
    PlvRow,
    evaluate_penta,
    evaluate_plv,
    format_report,
    marked_spans,
    read_plv,
    score_plv_row,
    top_event,
)
from dyad.records import Actor, Event, Record

PENTA_OF_ROOT = {"01": 0, "04": 1, "07": 2, "11": 3, "19": 4}
PLOVER_OF_ROOT = {"01": "AGREE", "04": "CONSULT", "07": "AID", "11": "ACCUSE", "19": "ASSAULT"}


def span(text: str, piece: str) -> tuple[int, int]:
    i = text.index(piece)
    return i, i + len(piece)


def event(eid: str, text: str, root: str, trigger: str, *, source: str | None = None,
          target: str | None = None, confidence: float = 0.5, plover: str | None = None) -> Event:
    penta = PENTA_OF_ROOT[root]
    return Event(id=eid, cameo=root, root=root, plover=plover or PLOVER_OF_ROOT[root],
                 penta=penta, quad_class=max(penta, 1), goldstein=0.0, source=source,
                 target=target, trigger=trigger, trigger_span=span(text, trigger),
                 sentence_span=(0, len(text)), confidence=confidence, evidence="test")


def actor(aid: str, text: str, name: str) -> Actor:
    return Actor(id=aid, name=name, kind="country", mentions=(span(text, name),))


# -- top event -------------------------------------------------------------------------------
def test_top_event_prefers_confidence_then_earliest_trigger_then_lowest_penta():
    text = "Russia said it attacked Ukraine and met Turkey."
    said = event("e1", text, "01", "said", confidence=0.6)
    attacked = event("e2", text, "19", "attacked", confidence=0.8)
    met = event("e3", text, "04", "met", confidence=0.8)
    assert top_event([said, met, attacked]) is attacked
    assert top_event([said]) is said
    assert top_event([]) is None
    twin = event("e4", text, "11", "attacked", confidence=0.8)
    assert top_event([attacked, twin]) is twin


# -- pentacode -------------------------------------------------------------------------------
SENTENCES = [
    ("Russia attacked Ukraine.", 4, "19", "attacked"),
    ("France met Germany.", 1, "04", "met"),
    ("Chile sent aid to Peru.", 2, "11", "sent"),        # wrong class
    ("Kenya accused Uganda.", 3, None, None),            # no event
]


def penta_records() -> list[Record]:
    out = []
    for sentence, _, root, trigger in SENTENCES:
        events = (event("e1", sentence, root, trigger),) if root else ()
        out.append(Record(id=sentence, text=sentence, events=events))
    return out


def test_evaluate_penta_counts(tmp_path):
    path = tmp_path / "penta.tsv"
    path.write_text("".join(f"{s}\t{g}\n" for s, g, _, _ in SENTENCES), encoding="utf-8")
    m = evaluate_penta(str(path), records=penta_records())
    assert m["sentences"] == 4
    assert m["accuracy"] == 0.5 and m["correct"] == 2
    assert m["no_event"] == 1 and m["no_event_share"] == 0.25
    per = m["per_class"]
    assert per["4"]["f1"] == 1.0 and per["1"]["f1"] == 1.0
    assert per["2"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "pred": 0,
                        "gold": 1}
    assert per["3"]["pred"] == 1 and per["3"]["gold"] == 1 and per["3"]["tp"] == 0
    assert per["0"]["f1"] == 0.0                 # a class nobody has still counts in the mean
    assert m["macro_f1"] == 0.4
    assert m["confusion"]["2"]["3"] == 1 and m["confusion"]["3"]["none"] == 1
    report = format_report({"penta": m})
    assert "macro-F1 0.400" in report and "(1/4)" in report


def test_evaluate_penta_limit_and_header(tmp_path):
    path = tmp_path / "penta.tsv"
    path.write_text("sentence\tlabel\n" + "".join(f"{s}\t{g}\n" for s, g, _, _ in SENTENCES),
                    encoding="utf-8")
    m = evaluate_penta(str(path), limit=2, records=penta_records())
    assert m["sentences"] == 2 and m["accuracy"] == 1.0


# -- PLV -------------------------------------------------------------------------------------
def test_marked_spans_handles_repeats_and_trailing_spaces():
    plain, s, t = marked_spans("<s>The Army (LNA) </s>hit <t>Sirte</t> and <t>Sirte</t>'s port.")
    assert plain == "The Army (LNA) hit Sirte and Sirte's port."
    assert [plain[a:b] for a, b in s] == ["The Army (LNA)"]
    assert [plain[a:b] for a, b in t] == ["Sirte", "Sirte"]
    plain, s, t = marked_spans("<s>Egypt</s> lifted a state of emergency.")
    assert s and t == ()


PLV_HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root\n"


def plv_line(i: int, marked: str, penta: int, root: str) -> str:
    plain, _, _ = marked_spans(marked)
    return f"{i}\t{i}\t{plain}\t{marked}\tx\ty\t{penta}\t{root}\n"


def test_score_plv_row():
    text = "Russia attacked Ukraine after Ukraine accused Russia."
    marked = "<s>Russia</s> attacked <t>Ukraine</t> after Ukraine accused Russia."
    plain, sources, targets = marked_spans(marked)
    assert plain == text
    row = PlvRow(text, sources, targets, ("ASSAULT",), "ASSAULT", 4)
    rus = Actor(id="a1", name="Russia", kind="country",
                mentions=((0, 6), (len(text) - 7, len(text) - 1)))
    ukr = Actor(id="a2", name="Ukraine", kind="country", mentions=((16, 23), (30, 37)))
    right = event("e1", text, "19", "attacked", source="a1", target="a2", confidence=0.5)
    other = event("e2", text, "11", "accused", source="a2", target="a1", confidence=0.9)
    got = score_plv_row(row, Record(id="r", text=text, actors=(rus, ukr), events=(right, other)))
    assert got["dyad"] and got["dyad_category"] and got["category"]
    assert got["penta"]                         # the dyad's event, not the more confident one
    assert not got["reversed"]
    got = score_plv_row(row, Record(id="r", text=text, actors=(rus, ukr), events=(other,)))
    assert not got["dyad"] and got["reversed"] and not got["category"] and not got["penta"]
    assert not got["source"] and not got["target"]  # each side is there, on the wrong end


def plv_records(text_rows: list[str]) -> list[Record]:
    recs = []
    # row 1: right dyad and category
    t = text_rows[0]
    a, b = actor("a1", t, "Iran"), actor("a2", t, "Iraq")
    recs.append(Record(id="1", text=t, actors=(a, b),
                       events=(event("e1", t, "19", "shelled", source="a1", target="a2"),)))
    # row 2: YIELD accepts RETREAT, one-sided row (no target marked)
    t = text_rows[1]
    a = actor("a1", t, "Chad")
    recs.append(Record(id="2", text=t, actors=(a,),
                       events=(event("e1", t, "07", "withdrew", source="a1",
                                     plover="RETREAT"),)))
    # row 3: right dyad, wrong category
    t = text_rows[2]
    a, b = actor("a1", t, "Peru"), actor("a2", t, "Chile")
    recs.append(Record(id="3", text=t, actors=(a, b),
                       events=(event("e1", t, "04", "blamed", source="a1", target="a2"),)))
    # row 4: no event
    recs.append(Record(id="4", text=text_rows[3]))
    return recs


def test_evaluate_plv_counts(tmp_path):
    marked = ["<s>Iran</s> shelled <t>Iraq</t>.",
              "<s>Chad</s> withdrew its troops.",
              "<s>Peru</s> blamed <t>Chile</t>.",
              "<s>Mali</s> criticised <t>France</t>."]
    lines = [plv_line(1, marked[0], 4, "ASSAULT"), plv_line(2, marked[1], 2, "YIELD"),
             plv_line(3, marked[2], 3, "ACCUSE"), plv_line(4, marked[3], 3, "ACCUSE")]
    path = tmp_path / "plv.tsv"
    path.write_text(PLV_HEADER + "".join(lines), encoding="utf-8")
    rows = read_plv(str(path))
    assert rows[1].categories == ("CONCEDE", "RETREAT") and rows[1].targets == ()
    m = evaluate_plv(str(path), records=plv_records([r.sentence for r in rows]))
    o = m["overall"]
    assert m["rows"] == 4 and m["one_sided"] == 1
    assert (o["dyad"], o["dyad_category"], o["category"], o["penta"]) == (3, 2, 2, 2)
    assert o["event"] == 3 and o["dyad_share"] == 0.75
    acc = m["by_category"]["ACCUSE"]
    assert acc["n"] == 2 and acc["dyad"] == 1 and acc["dyad_category"] == 0
    assert m["by_category"]["YIELD"]["dyad_category"] == 1
    report = format_report({"plv": m})
    assert "ACCUSE" in report and "0.750 (  3)" in report


@pytest.mark.slow
def test_real_pipeline_on_tiny_files(tmp_path):
    penta = tmp_path / "penta.tsv"
    penta.write_text("Government troops attacked rebel positions in the north on Monday.\t4\n"
                     "The two presidents met in Geneva to discuss the border.\t1\n",
                     encoding="utf-8")
    plv = tmp_path / "plv.tsv"
    plv.write_text(PLV_HEADER + plv_line(1, "<s>Germany</s> accused <t>Russia</t> of lying.",
                                         3, "ACCUSE")
                   + plv_line(2, "<s>The army</s> bombed <t>rebel camps</t> near the border.",
                              4, "ASSAULT"), encoding="utf-8")
    m = {"penta": evaluate_penta(str(penta)), "plv": evaluate_plv(str(plv))}
    assert m["penta"]["sentences"] == 2 and m["penta"]["failed"] == 0
    assert m["penta"]["no_event"] < 2
    assert m["plv"]["rows"] == 2 and m["plv"]["failed"] == 0
    assert m["plv"]["overall"]["event"] >= 1
    assert "macro-F1" in format_report(m)
