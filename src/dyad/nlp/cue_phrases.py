"""The cue lexicon (``cues.csv``) and the cue phrase around a cue word, which quotes, reported
speech, the learned cues and events share: where a cue phrase starts and ends ("has also said",
"pointed out", "said in a statement", "as X put it"), and whether a word is a cue of speech or
belief."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.strings import hash_string
from spacy.tokens import Token

from dyad.knowledge import data_rows
from dyad.nlp.english import english_token
from dyad.nlp.report_spans import medium_in

CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}


@dataclass(frozen=True)
class Cue:
    term: str
    kind: str
    takes_addressee: bool
    complements: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[str, Cue]:
    return {r["cue"]: Cue(r["cue"], r["kind"], r["takes_addressee"] == "yes",
                          tuple((r.get("complements") or "").split()))
            for r in data_rows("cues.csv")}


@functools.lru_cache(maxsize=2)
def cue_words(kind: str) -> list[int]:
    """The lemma hashes of the nouns of noun cues ("criticism" of "criticism of"), or the
    adjectives of adjective cues ("critical" of "critical of")."""
    return sorted({hash_string(c.term.split()[0]) for c in load_cues().values()
                   if c.kind == kind})


# -- cue phrases -----------------------------------------------------------------------------------
def cue_start(verb: Token) -> int:
    """First token of the cue phrase: auxiliaries and adverbs right before the verb belong to it
    ("has said", "also noted", "did not mention")."""
    i = verb.i
    misread = misread_name(verb)  # a name taken for an adverb is the subject, not the cue's
    while i > 0:
        prev = verb.doc[i - 1]
        if prev.head.i != verb.i or prev.dep_ not in CUE_LEFT or prev.tag_ == "WRB" or (
                misread is not None and prev.i == misread.i):
            break
        i -= 1
    return i


def cue_first(verb: Token) -> int:
    """First token of the cue phrase, from the verb a cue's clause completes when they share
    who speaks ("went on to say", "continued to insist", "tried to explain"), as PolNeAR marks
    it; not across an object ("prompted him to say": he says it), save the writing that a
    participle describes ("issued a statement saying")."""
    i = cue_start(verb)
    head = verb.head
    if (issuer := issued_with(verb)) is not None:
        return cue_start(issuer)
    # the parse takes "went on to say" for a purpose clause as often as for a complement
    completes = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.doc[i].lower_ == "to"
    if completes and head.i < verb.i and head.pos_ in ("VERB", "AUX") and all(
            w.head.i == head.i and w.dep_ in ("prt", "advmod", "neg")
            for w in verb.doc[head.i + 1:i]):
        return cue_start(head)
    return i


# Verbs that put out a writing, and writings that say things: "issued a statement saying" is one
# cue phrase, "held up a sign saying" is not
ISSUING = {"issue", "release", "put", "send", "publish", "post", "email", "fire", "run", "air",
           "distribute", "circulate"}
ISSUED = {"statement", "release", "letter", "email", "memo", "ad", "advertisement", "article",
          "story", "report", "paper", "response", "resolution", "statements", "ads"}


def issued_with(verb: Token) -> Token | None:
    """The verb that puts out the writing a participle describes ("issued a statement saying",
    "released a new radio ad calling"), whose subject speaks."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ == "dobj" and (
            noun.lemma_.lower() in ISSUED or noun.lower_ in ISSUED) and (
            noun.head.lemma_.lower() in ISSUING) and noun.head.i < noun.i:
        return noun.head
    return None


def misread_name(verb: Token) -> Token | None:
    """'Mcfeely also stated that …': the capitalised word that opens the sentence of a finite
    verb the parse left with no subject, taken for an adverb of the verb (a name ending in
    "-ly") with only the cue's own adverbs and auxiliaries after it, and no English word
    ("Initially referred to as …" is a participle's clause); a finite verb has a subject, and
    that word is it."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    i = verb.i
    while i > 0 and doc[i - 1].head.i == verb.i and doc[i - 1].dep_ in CUE_LEFT:
        i -= 1
    first = doc[i]
    if i == verb.i or first.dep_ != "advmod" or not first.is_title or first.is_stop or (
            english_token(first)) or not (
            i == 0 or doc[i - 1].is_sent_end or "\n" in doc[i - 1].text_with_ws
            or doc[i - 1].text in ".!?"):
        return None
    return first


def cue_end(verb: Token) -> int:
    """Last token of the cue phrase: a particle, a day or a medium right after the verb
    ("pointed out", "said Sunday", "said in a statement")."""
    doc = verb.doc
    end = verb.i
    while end + 1 < len(doc) and doc[end + 1].head.i == verb.i:
        nxt = doc[end + 1]
        if nxt.dep_ in ("prt", "npadvmod") and nxt.ent_type_ in ("", "DATE", "TIME"):
            end = nxt.right_edge.i if nxt.dep_ == "npadvmod" else end + 1
        elif (medium := medium_in(nxt)) is not None:
            # up to the medium's clause, if it holds what was said ("in a statement that …")
            clause = noun_clause(medium)
            end = nxt.right_edge.i if clause is None else clause.left_edge.i - 1
        elif nxt.dep_ == "dobj" and nxt.lower_ == "it" and as_put_it(verb):
            end += 1  # "as X put it"
        elif nxt.dep_ == "prep" and nxt.lower_ in ("on", "upon") and any(
                c.dep_ == "xcomp" and c.i > nxt.i for c in verb.children):
            end += 1  # "called on X to …"
        else:
            break
    return end


def is_cue(t: Token, cues: dict[str, Cue]) -> bool:
    if t.pos_ not in ("VERB", "AUX"):
        return False
    c = cues.get(t.lemma_.lower())
    return c is not None and c.kind in ("speech", "belief") and (
        "as-it" not in c.complements or as_put_it(t))


def is_speech(t: Token) -> bool:
    return is_cue(t, load_cues())


def as_put_it(verb: Token) -> bool:
    """ "As X put it, …": a clause opened by "as" whose object is "it"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def noun_clause(noun: Token) -> Token | None:
    """The clause a noun states ("concern that …"): its ``that``-clause, which a relative
    clause is not ("the concern that he raised": there "that" is no marker)."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
