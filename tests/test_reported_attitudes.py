"""Reported attitudes (``dyad.nlp.attitudes``), what a speech verb says in a statement, and a
report that another source makes in a "while" clause, parenthetical cues, on hand-built Docs
(no model)."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.cue_phrases import load_cues
from dyad.nlp.quotes import find_quotes


def analyse(spec: str, people: set[int]) -> list[tuple]:
    """Quotes of a Doc from 'word/head/dep/POS/lemma/TAG' items; ``people`` are the indexes of
    one-word person names."""
    rows = [tuple(int(x) if k == 1 else x for k, x in enumerate(item.split("/")))
            for item in spec.split()]
    doc = build_doc(rows, ["B-PERSON" if i in people else "O" for i in range(len(rows))])
    actors = find_actors(doc, load_knowledge())
    name = {a.id: a.name for a in actors.actors}
    return [(q.kind, doc.text[q.start:q.end], q.cue, name.get(q.speaker))
            for q in find_quotes(doc, actors)]


def test_adjective_cues_are_well_formed():
    rows = [c for c in load_cues().values() if c.kind == "adjective"]
    assert rows and all(len(c.term.split()) == 2 for c in rows)
    assert load_cues()["critical of"].kind == "adjective"


def test_an_attitude_held_of_something_reports_it():
    found = analyse("Ortiz/2/nsubj/PROPN/Ortiz/NNP has/2/aux/AUX/have/VBZ been/2/ROOT/AUX/be/VBN "
                    "critical/2/acomp/ADJ/critical/JJ of/3/prep/ADP/of/IN the/6/det/DET/the/DT "
                    "levy/4/pobj/NOUN/levy/NN ./2/punct/PUNCT/./.", {0})
    assert found == [("indirect", "the levy", "has been critical of", "Ortiz")]


def test_an_eager_holder_reports_the_infinitive():
    found = analyse("Ortiz/1/nsubj/PROPN/Ortiz/NNP was/1/ROOT/AUX/be/VBD eager/1/acomp/ADJ/eager/JJ "
                    "to/4/aux/PART/to/TO rebuild/2/xcomp/VERB/rebuild/VB the/6/det/DET/the/DT "
                    "pier/4/dobj/NOUN/pier/NN ./1/punct/PUNCT/./.", {0})
    assert found == [("indirect", "to rebuild the pier", "was eager", "Ortiz")]


def test_what_is_clear_to_no_one_is_no_attitude():
    found = analyse("It/1/nsubj/PRON/it/PRP is/1/ROOT/AUX/be/VBZ clear/1/acomp/ADJ/clear/JJ "
                    "that/6/mark/SCONJ/that/IN Ortiz/6/nsubj/PROPN/Ortiz/NNP will/6/aux/AUX/will/MD "
                    "resign/2/ccomp/VERB/resign/VB ./1/punct/PUNCT/./.", {4})
    assert found == []


def test_an_attributive_adjective_is_no_attitude():
    found = analyse("A/1/det/DET/a/DT critical/2/amod/ADJ/critical/JJ review/3/nsubj/NOUN/review/NN "
                    "followed/3/ROOT/VERB/follow/VBD ./3/punct/PUNCT/./.", set())
    assert found == []


def test_making_it_clear_states_the_clause():
    found = analyse("Ortiz/1/nsubj/PROPN/Ortiz/NNP made/1/ROOT/VERB/make/VBD it/3/nsubj/PRON/it/PRP "
                    "clear/1/ccomp/ADJ/clear/JJ that/7/mark/SCONJ/that/IN she/7/nsubj/PRON/she/PRP "
                    "would/7/aux/AUX/would/MD stay/3/ccomp/VERB/stay/VB ./1/punct/PUNCT/./.", {0})
    assert found == [("indirect", "she would stay", "made it clear", "Ortiz")]


def test_what_was_said_in_a_statement_hangs_on_the_statement():
    found = analyse("Ortiz/1/nsubj/PROPN/Ortiz/NNP said/1/ROOT/VERB/say/VBD in/1/prep/ADP/in/IN "
                    "a/4/det/DET/a/DT statement/2/pobj/NOUN/statement/NN that/8/mark/SCONJ/that/IN "
                    "she/8/nsubj/PRON/she/PRP would/8/aux/AUX/would/MD stay/4/acl/VERB/stay/VB "
                    "./1/punct/PUNCT/./.", {0})
    assert found == [("indirect", "she would stay", "said in a statement", "Ortiz")]


def test_a_report_another_source_makes_while_one_speaks_is_its_own():
    found = analyse("Kim/1/nsubj/PROPN/Kim/NNP said/1/ROOT/VERB/say/VBD taxes/3/nsubj/NOUN/tax/NNS "
                    "rose/1/ccomp/VERB/rise/VBD ,/3/punct/PUNCT/,/, while/7/mark/SCONJ/while/IN "
                    "Lee/7/nsubj/PROPN/Lee/NNP said/3/advcl/VERB/say/VBD they/9/nsubj/PRON/they/PRP "
                    "fell/7/ccomp/VERB/fall/VBD ./1/punct/PUNCT/./.", {0, 6})
    assert found == [("indirect", "taxes rose", "said", "Kim"),
                     ("indirect", "they fell", "said", "Lee")]


def test_a_cue_with_a_clause_of_its_own_is_no_parenthetical():
    found = analyse("Rivera/1/nsubj/PROPN/Rivera/NNP smiled/1/ROOT/VERB/smile/VBD "
                    "when/4/advmod/SCONJ/when/WRB she/4/nsubj/PRON/she/PRP told/1/advcl/VERB/tell/VBD "
                    "Lee/4/dobj/PROPN/Lee/NNP to/7/aux/PART/to/TO leave/4/xcomp/VERB/leave/VB "
                    "./1/punct/PUNCT/./.", {0, 5})
    assert found == []
