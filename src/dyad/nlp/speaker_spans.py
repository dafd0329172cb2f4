"""Where a quote's source lies in the text: the speaker's noun in the line of its verb, the
words that give a cue the parse left without a subject its speaker, the name and colon before
a quotation, and the whole phrase that names the source (title, apposition and all, short of a
clause).

Split from ``dyad.nlp.speakers``, which finds whom the source stands for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dyad.nlp.cue_phrases import misread_name
from dyad.nlp.descriptors import person_noun
from dyad.nlp.marks import DASHES, MARK_CHARS
from dyad.nlp.speaker_salience import quoted_spans, within

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorSet
    from dyad.nlp.quotes import QuoteInfo


# What ends the clause before a cue's subject: the name opens the sentence or the line
CLAUSE_ENDS = {".", "!", "?", ";", ":"}


def unparsed_subject(doc: Doc, cue: tuple[int, int], is_name) -> Token | None:
    """Who says what a cue's finite verb (its character span ``cue``) reports, when the parse
    gave the verb no subject: the name right before the verb ("… Palm Beach - Lewandowski
    continued to assert …", the name taken into the phrase before); the name that opens the
    sentence or line when a parenthetical set off by commas or dashes ends right before the
    verb ("Sen. Chuck Grassley, facing a spirited challenge, said …"; "Sanders, meanwhile, who
    sits at zero endorsements, said …"); else the subject of the verb before it in its clause,
    which it is coordinated with however the parse hung the two ("She promised …, opposed …";
    "He criticized … said …"; "He called it “shameful” and called on …"); else a definite
    description right before the verb that is no object ("In an interview with Joe
    Scarborough and Mika Brzezinski, the Democratic candidate stated …"). ``is_name(tok)``:
    whether a token is part of the name of someone who can speak."""
    span = doc.char_span(*cue, alignment_mode="expand")
    verb = span.root if span is not None and span.root.pos_ in ("VERB", "AUX") else None
    while verb is not None and verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head  # "continued to assert": the finite verb's subject
    return subject_unparsed(verb, is_name) if verb is not None else None


def subject_unparsed(verb: Token, is_name) -> Token | None:
    """``unparsed_subject`` for the finite verb itself."""
    doc = verb.doc
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in SUBJECTS for c in verb.children):
        return None
    misread = misread_name(verb)
    if misread is not None:
        return misread
    prev = doc[verb.i - 1]
    if prev.pos_ == "PROPN" and is_name(prev):
        return prev
    i = verb.i - 1
    while i > 0 and "\n" not in doc[i - 1].text_with_ws and doc[i - 1].text not in CLAUSE_ENDS:
        i -= 1
    while i < verb.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    quoted = quoted_spans(doc)
    starts = [s for s, _ in quoted]
    if prev.text in DASHES or prev.text == ",":
        j = i
        while j < verb.i and doc[j].pos_ == "PROPN":
            j += 1
        if i < j < verb.i and doc[j].text in (*DASHES, ",") and is_name(doc[j - 1]):
            return doc[j - 1]
        # "In a statement, her adviser, Jake Sullivan, said", "On Dec. 2, Col. Steven Warren,
        # a spokesman in Baghdad, said": the last name set off by commas, no preposition's
        for t in reversed(doc[i:verb.i - 1]):
            if (t.pos_ == "PROPN" and is_name(t) and doc[t.i + 1].text == ","
                    and t.dep_ not in ("pobj", "dobj", "poss") and not within(
                        quoted, starts, t.idx)):
                return t
    for v in reversed(doc[i:verb.i - 1]):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if v.pos_ in ("VERB", "AUX") and v.tag_ in ("VBD", "VBZ", "VBP") and subj is not None:
            # not a clause within a noun phrase ("the president that God ever created"), but
            # "who" is whom the phrase names; nor what a quotation says
            inner = v.dep_ in ("relcl", "acl") and subj.lower_ != "who"
            return None if inner or subj.i < i or subj.lower_ in NO_SPEAKERS or within(
                quoted, starts, subj.idx) else subj
    if prev.pos_ == "NOUN" and prev.dep_ not in OBJECTS and any(
            c.lower_ in ("the", "this") or c.dep_ == "poss" for c in prev.lefts):
        return prev  # a definite description no verb takes for its object
    return None


# What a noun before a verb is when it is no subject of it
OBJECTS = ("dobj", "pobj", "attr", "oprd", "compound", "dative", "conj")


SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
# Subjects that say nothing of who speaks
NO_SPEAKERS = {"it", "this", "that", "there", "which", "what"}
TITLE_REACH = 6  # words of a title before a name that leads a quotation with a colon


def name_lead(doc: Doc, actors: ActorSet, span: Span, is_cue: Callable[[Token], bool]
              ) -> Token | None:
    """The name that a colon right before a quotation follows, as in a transcript or a list of
    who said what ('Clinton: “…” Bush: “…”', '… - Michael P. McDonald: “…”', 'Continued
    Stone: “…”'): a person or body named at the start of a line or sentence, after a dash, or
    after a speech verb, never the object of a preposition ('later that month on CNN: “…”')."""
    i = span.start
    while i > 0 and (doc[i - 1].is_space or doc[i - 1].text in MARK_CHARS + "''``"):
        i -= 1
    if i < 2 or doc[i - 1].text != ":":
        return None
    name = doc[i - 2]
    a = actors.at(name)
    if name.pos_ != "PROPN" or name.dep_ == "pobj" or a is None or a.kind not in (
            "person", "organization"):
        return None
    start = next((s for s, e in a.mentions if s <= name.i < e), name.i)
    # the title the name is given before it ('- Manchester City boss Kevin Keegan: “…”', as
    # sports reports list the managers' words after a match): words of its own phrase
    # (after a speech verb, a title's name is more often whom it was told to: 'told radio
    # station Cadena Ser: “…”')
    named_at = start
    while start > 0 and name.i - start < TITLE_REACH and _titles(doc[start - 1], name):
        start -= 1
    if start == 0:
        return name
    before = doc[start - 1]
    opens = before.is_space or "\n" in before.text_with_ws or before.text in (
        ".", "?", "!", *DASHES) or before.text in MARK_CHARS
    return name if opens or (is_cue(before) and start == named_at) else None


def _titles(t: Token, name: Token) -> bool:
    """A word of the title before a name, hung in the name's phrase ("Manchester City boss")."""
    return (t.is_alpha or t.text in ("'s", "’s")) and "\n" not in t.text_with_ws and (
        t.head.i == name.i or (t.i < t.head.i <= name.i and t.head.dep_ in ("compound", "nmod",
                                                                          "amod", "poss")))


def inverted_subject(verb: Token) -> Token | None:
    """The name right after a finite verb that follows a quotation, when the parse gave the
    verb no subject ('“…,” declared Jane Doe, 29, …' with Doe taken into the next paragraph's
    sentence): who says it."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or verb.i + 1 >= len(doc):
        return None
    prev = doc[verb.i - 1]
    if prev.text == "," and verb.i > 1:
        prev = doc[verb.i - 2]
    if prev.text not in MARK_CHARS and prev.text not in ("''", "``"):
        return None
    described = next((c for c in verb.rights if c.dep_ in MISHUNG and c.pos_ in ("NOUN", "PROPN")
                      and c.left_edge.i == verb.i + 1 and doc[verb.i + 1].dep_ == "det"), None)
    if described is not None and (described.right_edge.i + 1 == len(doc) or (
            doc[described.right_edge.i + 1].is_punct)) and (
            person_noun(described) or described.ent_type_ in ("PERSON", "ORG", "NORP")):
        # '“…,” confirmed a Saints spokesman.': the parse's object says it, when it is someone
        # (a description of what else, "the two-time Academy Award winner", is left to the
        # name before)
        return described
    name = None
    for t in doc[verb.i + 1:]:
        if t.pos_ != "PROPN" or "\n" in t.text or (
                t.head.i == verb.i and t.dep_ not in MISHUNG):
            break
        name = t
        if "\n" in t.whitespace_ or t.head.i == verb.i:
            break
    return name


# What the parse may make of a name right after '“…,” said': no subject, but who says it
MISHUNG = {"advmod", "npadvmod", "dobj", "attr", "oprd", "dep"}


def same_line(doc: Doc, tok: Token) -> Token:
    """The subject in the line of the verb, when the parse took its subject from a line before
    ("4:40 p.m. / Marco Rubio says …" is not "p.m." speaking): the last noun before the verb
    in its line, or the noun it is part of."""
    verb = tok.head
    if not tok.i < verb.i or not any("\n" in t.text_with_ws for t in doc[tok.i:verb.i]):
        return tok
    start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound"])
    if start > 0 and doc[start - 1].pos_ in ("VERB", "AUX"):
        return tok  # '“…,” declared Jane Doe': the name after the verb of its own line
    lo = max(t.i for t in doc[tok.i:verb.i] if "\n" in t.text_with_ws) + 1
    found, depth = None, 0
    for t in reversed(doc[lo:verb.i]):
        depth += (t.text == ")") - (t.text == "(")  # "Sen. Bernie Sanders (I-Vt.)"
        if depth == 0 and t.pos_ in ("PROPN", "NOUN", "PRON") and t.is_alpha:
            found = t
            break
    if found is None:
        return tok
    while found.dep_ == "compound" and lo <= found.head.i < verb.i:
        found = found.head
    return found


def source_phrase(doc: Doc, q: QuoteInfo, tok: Token, mention: tuple[int, int]
                  ) -> tuple[int, int]:
    """The whole noun phrase that names the source, with its determiner, title, apposition and
    restrictive clause ("Vermont Sen. Bernie Sanders", "the Times", "Christie, New Jersey's
    governor", "a poll conducted by Gallup"): the name alone leaves out how the text
    identifies the speaker."""
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return mention
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Bernie" of "Bernie Sanders": the phrase is the head noun's
    first, last = head.left_edge, _right_end(head)
    for x in doc[first.i:tok.i]:
        if (x.text in DASHES and x.whitespace_) or "\n" in x.text_with_ws:
            first = doc[x.i + 1]  # a dateline ("WASHINGTON (AP) — Sen. …"), a line before
    for x in doc[tok.i:last.i]:
        if "\n" in x.text_with_ws:
            last = x  # a source does not go on to the next line
            break
    while first.i < last.i and (first.is_punct or first.is_space or (
            first.dep_ == "advmod" and first.lower_ in FOCUS_WORDS)):
        first = doc[first.i + 1]  # "Even Hillary Clinton": who speaks, not how much it tells
    while last.i > first.i and (last.is_punct or last.is_space or last.dep_ == "case"):
        last = doc[last.i - 1]
    s, e = first.idx, last.idx + len(last)
    # the phrase may lie inside the quote ("The cost, Ms. Lee said, ''is …''"), not across it
    if not (s <= mention[0] and mention[1] <= e) or s < q.start < e or s < q.end < e:
        return mention  # a parse that ran the phrase into the quote
    return s, e


# Adverbs that set a speaker against others ("even", "only"), which the phrase of who speaks
# leaves out
FOCUS_WORDS = {"even", "only", "just", "also", "too", "especially", "particularly", "notably"}


def _right_end(head: Token) -> Token:
    """The last token of ``head``'s phrase, short of a clause or description set off by a
    comma: what it adds ("Trump, who leads the polls, …", "Rubio, speaking in Miami, …") is
    said of the speaker, not who the speaker is; an apposition or a list goes on."""
    doc = head.doc
    for c in head.rights:
        if c.dep_ not in ("appos", "conj", "cc", "punct") and c.left_edge.i > head.i + 1 and (
                doc[c.left_edge.i - 1].text == ","):
            return doc[c.left_edge.i - 1]
    return head.right_edge
