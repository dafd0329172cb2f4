"""How near an earlier mention counts for a pronoun or a description after it: token distance,
with a subject, a main clause, a paragraph's opening subject, who was just speaking and a
matching sex each counting as nearer.

Split from ``dyad.nlp.speakers`` so that pronouns and descriptions (``dyad.nlp.descriptors``)
weigh their candidates alike.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from dyad.nlp.doc_text import doc_text
from dyad.nlp.speaker_names import line_breaks

SUBJECT_REACH, GENDER_REACH = 20, 10  # token distances, see speakers.resolve_pronoun
# Verbs of asking: who asks is answered by someone else
ASKING = {"ask", "question"}


def nearness(head: Token, speech: frozenset[str] | None, same_gender: bool,
             para: int = -1) -> int:
    """How near a mention headed by ``head`` counts for a pronoun after it (see
    resolve_pronoun); ``speech``: the speech verbs, when the pronoun is a speaker; ``para``:
    where the pronoun's paragraph starts, when it is one."""
    # a description in apposition is one reference with the name before it ("Stephanie Formas,
    # Clinton's communications director, said"): it is as near as the name, not nearer (a name
    # the parse hung on another name is no description of it: "with Clinton, Donald Trump will")
    i = head.head.i if head.dep_ == "appos" and head.pos_ == "NOUN" and (
        head.head.i < head.i) else head.i
    head = as_subject(head)
    # whose the subject is counts as it does ("One of Trump's earlier jeremiads came in
    # February, when he told …"), though not as who speaks ("Lee's aide said")
    clause = owned_subject(head) or head
    subject = (clause.dep_ in ("nsubj", "nsubjpass") and not (
        speech and reported(clause, speech))) or introduced(head)
    # a name that only qualifies a thing ("the Clinton phone bank") is no one the text is about
    modifier = head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN"
    score = i + SUBJECT_REACH * (subject - modifier)
    main = subject and main_clause(clause.head)
    if para >= 0 and head.idx >= para and (main or (subject and opens(clause, para))):
        # a paragraph opens on whom it is about: the subject of a main clause, not of a clause
        # within it ("Stockman has been pushing for Mr. Trump to own the issue"), or the
        # subject its first words name, however the parse hung their verb
        score += SUBJECT_REACH
    if speech is not None and main:
        score += SUBJECT_REACH
    if speech and speaks(head, speech) and not (
            head.head.dep_ == "advcl" and head.head.lemma_.lower() in ASKING):
        # who was just speaking speaks on; not who asks in a clause about someone else's
        # answer ("Ryan did not exude confidence when Tapper asked whether …")
        score += SUBJECT_REACH
    return score + GENDER_REACH * same_gender


def owned_subject(head: Token) -> Token | None:
    """The subject a possessor owns ("Trump's jeremiads came", "one of Trump's jeremiads came"),
    where ``head`` is one."""
    if head.dep_ != "poss":
        return None
    x = head.head
    while x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.lower_ == "of":
        x = x.head.head
    return x if x.dep_ in ("nsubj", "nsubjpass") else None


def opens(head: Token, para: int) -> bool:
    """Whether the phrase headed by ``head`` is the first of the paragraph starting at ``para``."""
    first = head.left_edge
    while (first.is_space or first.is_punct) and first.i < head.i:
        first = first.doc[first.i + 1]
    return first.idx >= para and not doc_text(first.doc)[para:first.idx].strip()


def reported(head: Token, speech: frozenset[str]) -> bool:
    """A subject within what someone else is said to have said ("Madison recalled that before
    Iowa, Obama wasn't treated as credibly"): what the narration reports, not whom it is
    about."""
    verb = head.head
    if any(c.dep_ == "parataxis" and c.lemma_.lower() in speech and any(
            g.dep_ == "nsubj" for g in c.children) for c in verb.children):
        return True  # "Like his comments, Mr. Graham said, Mr. Trump's jabs were unacceptable"
    for _ in range(4):
        dep = verb.dep_
        if dep not in ("ccomp", "advcl", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
        # what the verb says, not a clause coordinated with it ("She argued and Smith erred")
        if dep != "conj" and verb.lemma_.lower() in speech and any(
                c.dep_ == "nsubj" for c in verb.children):
            return True
    return False


def speaks(head: Token, speech: frozenset[str]) -> bool:
    """A subject of a speech verb ("Cruz said"), or of a verb whose open complement is one
    ("Trump was prompted to say", "went on to say")."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return (head.dep_ == "nsubj" and verb.lemma_.lower() in speech) or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in speech for c in verb.children)


# The prepositions that name one of a subject's number ("critics, including Sen. Lee, say")
EXAMPLES = ("like", "including")


def as_subject(head: Token) -> Token:
    """The subject a mention stands as: "Trump's chairman, Paul Manafort, said …" makes
    Manafort the subject, and so does "Critics, including Manafort, said …"."""
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ in EXAMPLES and (
            head.head.head.dep_ in ("nsubj", "nsubjpass")):
        return head.head.head  # "Some defenders of trade, like Gary Hufbauer, acknowledge …"
    return head


def paragraph(t: Token) -> int:
    """Where the paragraph of ``t`` starts in the text."""
    breaks = line_breaks(t.doc)
    k = bisect.bisect_left(breaks, t.idx)
    return breaks[k - 1] + 1 if k else 0


def main_subject(head: Token) -> bool:
    head = as_subject(head)
    return (head.dep_ in ("nsubj", "nsubjpass") and main_clause(head.head)) or introduced(head)


def introduced(head: Token) -> bool:
    """A name a paragraph opens on with a description of its bearer ("For Major, a retiree and
    one of the volunteers, making calls is …"), or a sentence on "as for" ("And as for Trump,
    he was subdued"): whom the paragraph or sentence is about, subject or not."""
    if head.pos_ != "PROPN":
        return False
    doc = head.doc
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.i > 0 and (
            doc[head.head.i - 1].lower_ == "as"):
        # the topic the sentence opens on, a conjunction or punctuation aside
        return all(t.pos_ in ("CCONJ", "PUNCT", "SPACE")
                   for t in doc[head.sent.start:head.head.i - 1])
    if not any(c.dep_ == "appos" for c in head.children):
        return False
    para = paragraph(head)
    first = head.left_edge
    while first.i > 0 and first.doc[first.i - 1].idx >= para and (
            first.doc[first.i - 1].pos_ in ("ADP", "SCONJ", "PUNCT", "SPACE")):
        first = first.doc[first.i - 1]
    return not doc_text(head.doc)[para:first.idx].strip()


def within(spans: list[tuple[int, int]], starts: list[int], i: int) -> bool:
    """Whether offset ``i`` lies in one of ``spans`` (in order, not overlapping)."""
    k = bisect.bisect_right(starts, i) - 1
    return k >= 0 and i < spans[k][1]


def main_clause(verb: Token) -> bool:
    """The verb of a sentence's main clause, or of one coordinated with it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


QUOTED = "dyad.quoted_spans"  # user_data key: the character spans inside quotation marks


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of ``doc`` inside quotation marks, found once a Doc."""
    spans = doc.user_data.get(QUOTED)
    if spans is None:
        from dyad.nlp.quote_marks import quote_spans  # it imports the speaker modules

        spans = doc.user_data[QUOTED] = quote_spans(doc_text(doc))
    return spans
