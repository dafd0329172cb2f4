"""Events read the Doc once where they used to read it once a token or a trigger: the same
answers, over hand-built parses."""

from __future__ import annotations

from conftest import actor_set, build_doc

from dyad.nlp import event_parties
from dyad.nlp.event_context import event_date as _date
from dyad.nlp.event_parties import expand
from dyad.nlp.events import _POS_KIND, _pos

TALKS = [("Oslo", 1, "nsubj", "PROPN", "Oslo"), ("hosted", 1, "ROOT", "VERB", "host"),
         ("talks", 1, "dobj", "NOUN", "talk"), ("on", 1, "prep", "ADP", "on"),
         ("Friday", 3, "pobj", "PROPN", "Friday"), (".", 1, "punct", "PUNCT", "."),
         ("Lisbon", 7, "nsubj", "PROPN", "Lisbon"), ("will", 7, "aux", "AUX", "will"),
         ("reply", 7, "ROOT", "VERB", "reply"), ("in", 8, "prep", "ADP", "in"),
         ("March", 9, "pobj", "PROPN", "March"), ("Smith", 12, "nsubj", "PROPN", "Smith"),
         ("said", 8, "conj", "VERB", "say"), (".", 8, "punct", "PUNCT", ".")]
ENTS = ["B-GPE", "O", "O", "O", "B-DATE", "O", "B-GPE", "O", "O", "O", "B-DATE", "O", "O", "O"]


def test_trigger_kinds_read_from_the_array_are_the_tokens():
    doc = build_doc(TALKS, ENTS)
    for t, (tag, ent) in zip(doc, doc.to_array(["POS", "ENT_TYPE"]).tolist()):
        kind = _POS_KIND.get(tag)
        assert (None if kind is None or (t.pos_ == "PROPN" and ent) else kind) == _pos(t)


def test_date_from_the_doc_s_dates_is_the_sentence_s():
    doc = build_doc(TALKS, ENTS)
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    for t in (doc[1], doc[8], doc[12]):
        assert _date(t, "2020-06-10", t.sent, dates) == _date(t, "2020-06-10", t.sent)
    assert _date(doc[1], "2020-06-10", doc[1].sent, dates) is not None


def test_expand_looks_each_argument_up_once(monkeypatch):
    doc = build_doc(TALKS, ENTS)
    actors = actor_set(doc, (0, 1, "Norway", "country"), (6, 7, "Portugal", "country"))
    calls = []
    real = event_parties.actor_of

    def counted(tok, acts, create=False):
        calls.append(tok.i)
        return real(tok, acts, create)

    monkeypatch.setattr(event_parties, "actor_of", counted)
    assert [a.name for a in expand([doc[0], doc[6]], actors, create=True)] == [
        "Norway", "Portugal"]
    assert calls == [0, 6]
