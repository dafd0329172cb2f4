"""Reported speech: what a cue word of the lexicon (``dyad.nlp.cue_phrases``) reports.

Reported speech is a cue verb of ``cues.csv`` with the dependent that holds what was said ("X said
(that) …", "X called for …", "the poll shows …"), a cue noun with its preposition, that-clause or
infinitive ("X's criticism of …", "her claim that …", "his pledge to …"), an adjective of
attitude ("X is critical of …", ``dyad.nlp.attitudes``), a parenthetical cue ("…, X said, …",
"as X noted, …"), or "according to X" or "in the latest poll"; a line opening with a name and a
colon is one too (``dyad.nlp.report_lines``). Quotation marks inside it make it mixed (or direct
when they hold it all); it never cuts a quotation, or a list of them, in two
(``dyad.nlp.report_quotations``). Whom it is about
belongs to it ("urged him to resign"); when or where it was said, and a closing gloss (", which
…", ", reflecting …", or after a quotation closed by a comma or a dash), do not
(``dyad.nlp.report_spans``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from dyad.nlp.actors import ActorSet
from dyad.nlp.cue_phrases import (
    CUE_LEFT,
    Cue,
    as_put_it,
    cue_end,
    cue_start,
    cue_words,
    is_cue,
    is_speech,
    load_cues,
    noun_clause,
)
from dyad.nlp.report_moods import addressed, asked_of, perceived, reduced_passive, to_the_reader
from dyad.nlp.report_quotations import inverted_after_quotation, quotation_first, whole_quotations
from dyad.nlp.report_spans import (
    CUE_MEDIA,
    according_span,
    circumstance,
    coordinated_object,
    covers,
    for_to_mark,
    in_paragraph,
    inverted_over_subject,
    medium_in,
    next_statement,
    quotation_closes,
    quoted_list,
    set_off,
    spliced,
    stray_subject,
    strip_edges,
    told_clause,
    trim_tokens,
)
from dyad.nlp.speakers import by_phrase, set_speaker, subject_of

CUE_POS = [VERB, AUX]
# Verbs whose subject is part of what they report ("the deal seems to hold")
RAISING = {"seem", "appear", "expect", "look"}
# Verbs that voice an attitude named by their object ("expressed doubt that …", "voiced
# support for …"): the object is part of the cue, and what it is about is what was said
EXPRESS = {"express", "voice"}
# Verbs whose object may be a cue noun of its own ("showed no interest in …", "outlined a
# plan to …"); then what that noun reports is what was said
SHOW = {"show", "outline"}
POLLS = {"poll", "survey"}
_PHRASE_WORDS = [hash_string("according"), hash_string("in")]


@dataclass
class QuoteInfo:
    start: int  # character offsets of the content
    end: int
    kind: str
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None  # character offsets
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    addressee: str | None = None
    evidence: str = ""


def speaker_of(verb: Token) -> Token | None:
    return subject_of(verb, is_speech)


# -- reported speech -------------------------------------------------------------------------------
def _complement(text: str, verb: Token, cue: Cue) -> tuple[Token, Token] | None:
    """What the cue verb reports, and the cue's last token ("called for" ends on "for")."""
    # A parse may hang the paragraph before on the verb ('“…”\n\nX said Y', 'X ripped him:
    # He said Y'): a dependent after the verb, in its paragraph, is what it reports.
    children = sorted([c for c in verb.children if "\n" not in text[
        min(c.idx, verb.idx):max(c.idx, verb.idx)]] + _hung_on_heading(text, verb),
        key=lambda c: c.i < verb.i)
    for want in cue.complements:
        dep, _, word = want.partition(":")
        for c in children:
            if dep == "prep" and c.i > verb.i and (cue.kind != "speech" or cue.takes_addressee) and (
                    mark := for_to_mark(c, word)) is not None:
                # "called for the US to step up …", "asked for them to be returned": "for"
                # marks a clause; after a verb that only says, it tells why ("said for Russia
                # to make progress the government must …")
                return c, mark
            if c.dep_ != dep or (word and c.lower_ != word):
                continue
            if dep == "advcl" and not any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                          for m in c.children):
                continue  # "asked if …" reports a question; other adverbial clauses do not
            if dep == "prep":
                if c.i < verb.i:
                    continue  # fronted ("to which he alluded", "On Monday, X agreed"): no cue
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and (obj.ent_type_ not in ("DATE", "TIME") or word in (
                        "about", "of")):  # "doubled their lead on 27 minutes": when, not what
                    return obj, c
            else:
                return c, verb
    if "ccomp" in cue.complements:
        # "said in a statement that …", "told the Today programme he hoped …": a parse may hang
        # what was said on the medium or on whom it was told
        for c in children:
            medium = medium_in(c) if c.i > verb.i else None
            clause = noun_clause(medium) if medium is not None else told_clause(c) if (
                cue.takes_addressee and c.i > verb.i) else None
            if clause is not None:
                return clause, verb
    return None


def _hung_on_heading(text: str, verb: Token) -> list[Token]:
    """The verb's own clause that the parse hangs on a heading before it: in 'Few ready for act
    \n\nThousands are ill-prepared, say MPs' the heading is the verb's complement and the
    paragraph's clause the heading's. The words in the verb's paragraph whose head lies outside
    it, under a dependent of the verb that starts before the break, stand in for that dependent."""
    start = text.rfind("\n", 0, verb.idx) + 1
    if start == 0:
        return []
    out = []
    for c in verb.children:
        if c.i < verb.i and c.idx < start:
            out += [w for w in c.subtree if w.idx >= start and w.head.idx < start
                    and not w.is_space and w.i < verb.i]
    return out


def reported_speech(doc: Doc, text: str, actors: ActorSet, cues: dict[str, Cue], used: set[int],
              direct: list[tuple[int, int]], marked: list[tuple[int, int]]) -> list[QuoteInfo]:
    """Reported speech at each cue not already attributing a direct quote; ``marked`` are all
    the spans inside quotation marks, which make the content mixed."""
    out: list[QuoteInfo] = []
    # most tokens are no cue: find the candidates on the integer attributes, in one pass
    attrs = doc.to_array([POS, LOWER, LEMMA])
    candidates = numpy.flatnonzero(
        numpy.isin(attrs[:, 0], CUE_POS) | numpy.isin(attrs[:, 1], _PHRASE_WORDS)
        | ((attrs[:, 0] == NOUN) & numpy.isin(attrs[:, 2], cue_words("noun")))
        | ((attrs[:, 0] == ADJ) & numpy.isin(attrs[:, 2], cue_words("adjective"))))
    for i in candidates.tolist():
        t = doc[i]
        if i in used:
            continue
        found = _report_at(text, t, cues)
        q = make_report(doc, text, actors, t, found, direct, marked) if found else None
        if q is None:
            continue
        cue = cues.get(t.lemma_.lower())
        if cue is not None and cue.takes_addressee:
            obj = next((c for c in t.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and actors.at(obj) is not None:
                q.addressee = actors.at(obj).id
        out.append(q)
    return out


def make_report(doc: Doc, text: str, actors: ActorSet, t: Token,
                found: tuple[tuple[int, int], tuple[int, int], Token | None],
                direct: list[tuple[int, int]], marked: list[tuple[int, int]],
                evidence: str = "reported speech: cue + complement") -> QuoteInfo | None:
    """The report that cue ``t`` makes of ``found`` (content, cue tokens, speaker token): its
    content made whole around quotations, its kind and its speaker; None where it is no report
    of its own (what a quotation's cue attributes, "what he said", a quotation's text)."""
    (cs, ce), (c0, c1), speaker_tok = found
    if speaker_tok is None and to_the_reader(t):
        return None  # "For tickets, call the box office": the writer's instruction
    if t.dep_ == "xcomp" and asked_of(t.head):
        return None  # "Anyone with information is asked to call police": what was asked
    if cs >= t.idx and inverted_after_quotation(text, t, direct):
        return None  # '“…,” said X, who …': the cue attributes the quotation before it
    cs, ce = whole_quotations(text, cs, ce, marked)
    ce = quoted_list(text, ce, marked)
    if text[cs:ce].lower() == "what":
        return None  # "what he said": the words it stands for are elsewhere, if anywhere
    if cs > t.idx:
        ce = quotation_first(doc, text, cs, ce, marked)
    if ce > t.idx:  # what stands before its cue is all the speaker's, no writer's gloss
        ce = quotation_closes(doc, text, cs, ce, marked)
    if any(min(ce, de) - max(cs, ds) > 0.5 * (ce - cs) for ds, de in direct):
        return None
    quoted = [(max(cs, ps), min(ce, pe)) for ps, pe in marked if ps < ce and cs < pe]
    kind = "indirect"
    if quoted:
        kind = "direct" if covers(text, cs, ce, quoted) else "mixed"
    q = QuoteInfo(start=cs, end=ce, kind=kind, evidence=evidence)
    q.cue_span = (doc[c0].idx, doc[c1 - 1].idx + len(doc[c1 - 1]))
    q.cue = text[q.cue_span[0]:q.cue_span[1]]
    set_speaker(doc, actors, q, speaker_tok, marked)
    return q


def _report_at(text: str, t: Token, cues: dict[str, Cue]
               ) -> tuple[tuple[int, int], tuple[int, int], Token | None] | None:
    """(content span, cue token span, speaker token) of reported speech cued by ``t``."""
    doc = t.doc
    if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
        pobj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
        # (in its paragraph: a parse may hang the paragraph before's closing mark on it)
        content = in_paragraph(text, t, according_span(text, t, pobj)) if pobj is not None else None
        return (content, (t.i, t.i + 2), pobj) if content else None
    if t.lower_ == "in":
        # "Trump leads by 9 points in the latest poll": a poll is the source of its findings
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in POLLS or pobj.tag_ != "NN" or (
                t.head.pos_ not in ("VERB", "AUX")):
            return None  # "leads in the polls": polls in general attribute nothing
        content = according_span(text, t, pobj)
        if content is not None and any(is_cue(x, cues) for x in t.doc.char_span(
                *content, alignment_mode="expand") or ()):
            return None  # "in the poll, 38 percent said …": what they said is reported there
        return (content, (t.i, t.i + 1), pobj) if content else None
    from dyad.nlp.attitudes import attitude_object, attitude_report  # they build on this module
    from dyad.nlp.quotes import source_nouns  # which builds on this module

    pos = t.pos_
    if pos == "NOUN":
        if t.dep_ == "dobj" and attitude_object(text, t.head, t, cues) is not None:
            return None  # "voiced concern about X": the verb's report holds the noun's
        return _noun_report(text, t, cues)
    if pos == "ADJ":
        found = attitude_report(text, t, cues)
        content = in_paragraph(text, t, found[0]) if found else None
        return (content, *found[1:]) if content else None
    cue = cues.get(t.lemma_.lower()) if pos in ("VERB", "AUX") else None
    if cue is None or not cue.complements or text[t.idx - 1:t.idx] == "<":
        return None  # "<": the name of a markup tag ("<tweet author=…>") left in the text
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether") for c in t.children):
        return None  # "asked whether she supports the deal": a question, not what she said
    as_it = "as-it" in cue.complements and as_put_it(t)
    if "as-it" in cue.complements and not as_it:
        return None  # "put" reports only in "as X put it, …"
    speaker_tok = speaker_of(t)
    if cue.takes_addressee and reduced_passive(t):
        # "When asked about the deal, Lee said …": Lee is whom it was put to
        speaker_tok = by_phrase(t)
    found = _complement(text, t, cue)
    if found is None and cue.kind in ("speech", "belief") and (
            so := _so_after(t)) is not None and speaker_tok is not None:
        # "after half said so", "never thought so": what was said stands in for "so"
        return (so.idx, so.idx + 2), (cue_start(t), t.i + 1), speaker_tok
    if found is None and cue.kind == "speech" and (inv := inverted_over_subject(t)) is not None:
        # 'A department … suffered from X, said the committee': the parse made the statement's
        # subject the cue's, and its verb a clause of that noun
        split, speaker_tok = inv
    else:
        split = spliced(t, speaker_tok) if found is None and cue.kind == "speech" else None
    if found is None and split:
        # 'A, but “B,” the leader said after …': the parse made the attribution a conjunct of
        # what it attributes, or the root of the sentence
        content = trim_tokens(text, list(t.doc[split[0]:split[1]]), t)
        last = t
    elif found is None:
        if cue.kind != "speech" or t.dep_ not in ("parataxis", "ccomp", "advcl") or (
                t.head.pos_ not in ("VERB", "AUX")) or speaker_tok is None or any(
                c.dep_ == "mark" and c.lower_ != "as" for c in t.children) or (
                t.tag_ == "VBG" and speaker_tok.head.i != t.i) or any(
                c.dep_ in ("ccomp", "xcomp") or c.tag_ == "WRB" or (
                    t.dep_ == "advcl" and c.dep_ == "dobj" and not as_it) for c in t.children) or (
                t.dep_ == "ccomp" and is_cue(t.head, cues)):
            # a subordinate clause ("after most said so", "when I asked him"), a participle
            # ("…, telling few people"), a cue with a clause of its own ("when he told Lee to
            # leave") or one in what another cue reports ("An officer responded and …,” X
            # said") is no parenthetical attribution; "as X noted, …" is one
            return None
        # "The talks, he said, failed" / "The talks failed, he said"
        inner = range(t.left_edge.i, t.right_edge.i + 1)
        # "Of course, as X noted, A": what opens the sentence before a fronted "as" clause
        # ("of course", "but") is the writer's, and what was noted starts after the clause
        floor = t.right_edge.i if t.i < t.head.i and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in t.children) else -1
        ceiling = next_statement(t, cues)  # "A, analysts said, and the firm expects B"
        content = trim_tokens(text, [x for x in t.head.subtree
                                      if x.i not in inner and floor < x.i < ceiling], t)
        if content and floor < 0 and t.i < t.head.i:
            # "If the demands are not met, X warned, his supporters will leave": a parse hangs
            # what opens the statement on the cue; with the cue set off by commas, it is one
            # statement that the attribution interrupts (PolNeAR's covering span)
            content = set_off(text, t, t.head, speaker_tok, cue_start(t), cue_end(t), content)
            subject = _stray_subject_before(t, speaker_tok)
            if subject is not None:
                content = (min(content[0], subject.left_edge.idx), content[1])
        last = t
    else:
        comp, last = found
        if perceived(comp, source_nouns()):
            return None  # "found him lying in the road": what was come upon, not said
        medium = comp.head.i != t.i and last.i == t.i  # the clause of "in a statement that"
        if comp.dep_ == "dobj" and comp.lemma_.lower() in CUE_MEDIA and any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cues for c in comp.children):
            return None  # "issued a statement condemning X": the statement's own cue reports X
        if speaker_tok is not None and comp.left_edge.i <= speaker_tok.i <= comp.right_edge.i and (
                t.dep_ != "relcl" or comp.left_edge.tag_ not in ("WDT", "WP")):
            # ("which officials said will take effect": the relative pronoun is what was said
            # of, and the clause holds the cue in its span)
            return None
        if comp.dep_ == "xcomp" and speaker_tok is not None and (
                speaker_tok.dep_ == "nsubjpass" or t.lemma_ in RAISING):
            # "the bank is expected to raise rates": what is expected includes its subject
            content = trim_tokens(text, [*speaker_tok.subtree, *comp.subtree])
            speaker_tok = by_phrase(t)
        elif comp.dep_ in ("ccomp", "xcomp") or medium:
            content = _clause_span(text, comp)
            if content and comp.dep_ == "ccomp" and not cue.takes_addressee and (
                    subj := stray_subject(t, comp)) is not None:
                content = (subj.left_edge.idx, content[1])
            if content and comp.dep_ == "ccomp" and not medium:
                content = set_off(text, t, comp, speaker_tok, cue_start(t), cue_end(t), content)
        elif comp.dep_ == "advcl" and last.i != t.i:
            content = trim_tokens(text, [x for x in comp.subtree if x.i != last.i])
        elif t.lemma_.lower() in EXPRESS and (clause := noun_clause(comp)) is not None:
            # "expressed concern that X": the concern is the cue, X what it holds
            content, last = _clause_span(text, clause), comp
        elif (held := attitude_object(text, t, comp, cues)) is not None:
            # "voiced support for X", "showed no interest in X", "outlined a plan to X": the
            # object names the attitude or the plan, and what it is about is what was said
            content, last = held
        else:
            content = _object_span(text, t, comp)
        if content and comp.dep_ not in ("ccomp", "dobj", "advcl") and not medium:
            content = _with_object(text, t, comp if last.i == t.i else last, content)
        if content and comp.dep_ not in ("xcomp", "ccomp") and speaker_tok is not None and not (
                cue.takes_addressee) and (
                speaker_tok.head.i == t.i and speaker_tok.i < t.i) and (
                speaker_tok.dep_ == "nsubjpass" or t.lemma_ in RAISING):
            # "she is seen as a unifier", "who was regarded as a lightweight", "the plan seems
            # like a gamble": what is said is said of the subject, which the content opens with
            # (not so for whom it was said to: "he was asked about …")
            content = strip_edges(text, speaker_tok.left_edge.idx, content[1])
            speaker_tok = by_phrase(t)
    if content and content[0] > t.idx and (rel := _relative_word(t, speaker_tok)) is not None:
        content = (rel.idx, content[1])
    content = in_paragraph(text, t, content)
    if not content:
        return None
    end = cue_stop(t, last.i if last.i != t.i else cue_end(t), content)
    return content, (cue_start(t), end + 1), speaker_tok


def cue_stop(t: Token, end: int, content: tuple[int, int]) -> int:
    """The cue's last token, short of the content it would run into: "accused Russia of
    meddling" reports "Russia of meddling", so its cue is "accused", not "accused Russia of"."""
    if content[0] <= t.idx:
        return end  # content around its cue ("Rubio is seen by voters as the choice")
    while end > t.i and t.doc[end].idx >= content[0] and t.doc[end].idx < content[1]:
        end -= 1
    return end


def _stray_subject_before(verb: Token, speaker: Token | None) -> Token | None:
    """The subject of the statement a parenthetical cue interrupts, which a parse hung elsewhere
    ("the permit, his campaign said, had been hard to get": "permit" as a conjunct): the noun
    phrase that ends right before the comma opening the cue phrase, where the statement after
    it has no subject of its own. PolNeAR's content then covers both sides."""
    doc, head = verb.doc, verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return None
    lo, hi = cue_start(verb), cue_end(verb)
    if speaker is not None and speaker.head.i == verb.i:
        # "…, Lee said, …" / "…, said Lee, …"
        lo, hi = min(lo, speaker.left_edge.i), max(hi, speaker.right_edge.i)
    if lo < 2 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return None
    nouns = [x for x in doc[doc[lo - 2].sent.start:lo - 1] if x.right_edge.i == lo - 2
             and x.pos_ in ("NOUN", "PROPN", "PRON") and x.ent_type_ not in ("DATE", "TIME")
             and x.i != verb.i and x.dep_ not in ("pobj", "poss")]
    return min(nouns, key=lambda x: x.left_edge.i) if nouns else None


def _relative_word(verb: Token, speaker: Token | None) -> Token | None:
    """The relative word that opens a cue's clause and stands for what it reports ("the vote,
    which she has said was a mistake", "what I thought was a gift"): PolNeAR counts it part of
    the content, whose covering span then holds the cue. Only where the speaker and the cue's
    own words stand between the word and the cue, and the word is not the speaker ("who said
    …") nor a "that" that opens a clause ("that Lee thanked them …")."""
    first = verb.left_edge
    if first.tag_ not in ("WDT", "WP") or first.dep_ == "mark" or first.i >= verb.i or (
            speaker is None or speaker.left_edge.i <= first.i):
        return None
    if any(not (speaker.left_edge.i <= x.i <= speaker.right_edge.i or (
            x.head.i == verb.i and x.dep_ in CUE_LEFT)) for x in verb.doc[first.i + 1:verb.i]):
        return None
    return first


def _so_after(verb: Token) -> Token | None:
    """The "so" right after a verb of saying or belief that stands for what was said ("said
    so", "thinks so")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "so" or nxt.head.i != verb.i or nxt.dep_ not in (
            "advmod", "ccomp", "dobj"):
        return None
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    # "said so many things": "so" opens a phrase of its own
    return nxt if after is None or after.pos_ not in ("ADJ", "ADV", "DET", "NUM") else None


def _with_object(text: str, verb: Token, comp: Token, content: tuple[int, int]
                 ) -> tuple[int, int]:
    """What a verb reports of someone includes that someone: "urged him to resign", "described
    Cruz as a liar", "accused Trump of lying" report about him, Cruz, Trump; but whom a question
    was put to ("asked Lee about …") and where one spoke ("spoke on radio about …") are no part
    of what a preposition reports."""
    if comp.dep_ == "prep" and addressed(verb):
        return content  # "asked Clinton about the emails": whom it was asked is no part of it
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                and verb.i < c.i < comp.i), None)
    if obj is None and comp.dep_ != "prep":
        # "called on the administration to block it": whom the call is on
        obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    and verb.i < c.i < comp.i for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:
        return content
    return strip_edges(text, obj.left_edge.idx, content[1])


def _prep_object(text: str, prep: Token) -> tuple[tuple[int, int] | None, int] | None:
    """What a cue's preposition reports ("criticism of the deal", "critical of the deal"): its
    object's words, and the preposition as the cue's last token; None with no object."""
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return None if obj is None else (trim_tokens(text, list(obj.subtree)), prep.i)


def _noun_report(text: str, noun: Token, cues: dict[str, Cue]
                 ) -> tuple[tuple[int, int], tuple[int, int], Token | None] | None:
    """ "Trump's criticism of the deal", "voiced concern about the plan": what the noun reports
    is its prepositional object; whose it is, the possessor or the subject of the verb."""
    for p in noun.rights:
        word = p.lower_ if p.dep_ == "prep" else _clause_word(p)
        cue = cues.get(f"{noun.lemma_.lower()} {word}") if word else None
        if cue is None or cue.kind != "noun":
            continue
        if p.dep_ == "prep":
            if (found := _prep_object(text, p)) is None:
                continue
            content, last = found
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in EXPRESS:
            continue  # "expressed concern that …": the verb reports it
        else:
            content, last = _clause_span(text, p), noun.i
        holder = noun_holder(noun, before=p.i)
        if holder is None and noun.dep_ == "dobj":
            holder = speaker_of(noun.head)
        if holder is None and p.dep_ != "prep":
            continue  # "the claim that …" of no one named: a thing talked about
        return (content, (noun.i, last + 1), holder) if content else None
    return None


def noun_holder(noun: Token, before: int | None = None) -> Token | None:
    """Whose a cue noun is: its possessor ("Trump's criticism"), else the object of its "by" or
    "from" phrase ("claims by intelligence agencies that …", "calls from her rivals to …"),
    before token ``before`` where given."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        holder = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in (
            "by", "from") and (before is None or c.i < before)
            for g in c.children if g.dep_ == "pobj"), None)
    return holder


def _clause_word(clause: Token) -> str | None:
    """"that" for a noun's that-clause ("the claim that …"), "to" for its infinitive ("a
    pledge to …"); None for other dependents, a relative clause among them."""
    if clause.dep_ not in ("acl", "ccomp", "xcomp", "relcl", "advcl"):
        return None
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ == "that":
            return "that"
        if c.dep_ == "aux" and c.tag_ == "TO" and c.i < clause.i:
            return "to"
    return None


def _object_span(text: str, verb: Token, obj: Token) -> tuple[int, int] | None:
    """An object with the verb's phrases that follow it ("criticized Obama for his silence"),
    and the phrases coordinated with the one that holds it ("accused him of lying and of
    “using national security”")."""
    tokens = list(obj.subtree)
    if obj.head.i != verb.i:
        last = max((c.right_edge.i for c in obj.head.rights
                    if c.dep_ == "conj" and c.i > obj.right_edge.i), default=None)
        if last is not None:
            tokens += obj.doc[obj.right_edge.i + 1:last + 1]
    cues = load_cues()
    for c in verb.rights:
        if c.i <= obj.right_edge.i or c.dep_ in ("punct", "cc"):
            continue
        # "portraying Sanders as hypocritical because he had accepted …", "proposed $1 billion
        # in funds to help states …": the clause goes on with what was said, up to when or
        # where it was said, a participle ("…, calling him …") or another report
        if c.dep_ not in ("prep", "oprd", "xcomp", "ccomp", "advcl", "dobj", "acomp") and not (
                coordinated_object(c, cues)) or (
                circumstance(c) or (c.pos_ in ("VERB", "AUX") and is_cue(c, cues))):
            break
        if c.dep_ == "advcl" and _aside_clause(c):
            break
        tokens += list(c.subtree)
    return trim_tokens(text, tokens)


def _clause_span(text: str, comp: Token) -> tuple[int, int] | None:
    tokens = list(comp.subtree)
    # "say they don’t yet know …": a parse may split one clause into two complements that
    # follow each other; both are what was said ("A but “B,” she said": before the cue too)
    for sib in comp.head.children:
        if sib.i > comp.i and sib.dep_ == comp.dep_ and sib.left_edge.i == tokens[-1].i + 1:
            tokens += list(sib.subtree)
    if comp.dep_ == "ccomp" and comp.i > comp.head.i:
        tokens += _trailing(comp, tokens[-1].i)
    # "said his attacks have worked and said that …": a parse may hang the second report on
    # the first one's clause; it is a statement of its own, as is one that someone else makes
    # beside it ("said taxes rose, while Lee said they fell")
    cues = load_cues()
    for x in tokens:
        if x.i > comp.i and is_cue(x, cues) and ((x.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in x.children)) or (
                x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas")
                                          for m in x.children))):
            cut = x.left_edge.i
            while cut > comp.i and x.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            tokens = [t for t in tokens if t.i < cut]
            break
    while tokens and tokens[0].dep_ == "mark" and tokens[0].lower_ == "that":
        tokens = tokens[1:]
    # "said Tuesday his actions …", "said on Friday he met …": a time right after the cue
    # and before the clause's subject tells when it was said
    first = tokens[0] if tokens else None
    if first is not None and first.i == comp.head.i + 1 and first.head.i == comp.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > first.right_edge.i for c in comp.children):
        when = first if first.dep_ == "npadvmod" else next(
            (g for g in first.children if g.dep_ == "pobj"), None) if first.dep_ == "prep" else None
        if when is not None and when.ent_type_ in ("DATE", "TIME"):
            tokens = [t for t in tokens if t.i > first.right_edge.i]
    return trim_tokens(text, tokens, comp.head)


# Conjunctions that open a clause telling when, or despite what, something was said
CIRCUMSTANCE_MARKS = {"when", "while", "as", "after", "before", "since", "if", "though",
                      "although", "even", "until", "once"}


def _aside_clause(clause: Token) -> bool:
    """An adverbial clause that tells when or despite what ("… when he came under attack",
    "… even as he defended …"), or a participle that adds the speaker's next act ("…, calling
    him …"): not part of what was said."""
    return clause.tag_ == "VBG" or any(m.dep_ in ("mark", "advmod") and m.lower_ in
                                       CIRCUMSTANCE_MARKS for m in clause.children)


def _trailing(comp: Token, last: int) -> list[Token]:
    """The clauses a parse hangs on the cue verb after what it reports, which go on with it
    ("said he intends to win every delegate, so he'll have enough votes …", "saying he would
    abdicate …, his world view is …"); up to a clause that holds an attribution of its own
    ("… and one in four said …", "…, but the items cost too much, according to …")."""
    cues = load_cues()
    out: list[Token] = []
    pending: list[Token] = []
    for c in comp.head.rights:
        if c.i <= last:
            continue
        if c.dep_ in ("punct", "cc"):
            pending += list(c.subtree)  # kept only when a clause follows
            continue
        if c.dep_ not in ("advcl", "conj") or any(x.lower_ == "according" or (
                x.pos_ in ("VERB", "AUX") and is_cue(x, cues)) for x in c.subtree):
            break
        out += pending + list(c.subtree)
        pending = []
    return out
