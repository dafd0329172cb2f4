"""Speakers: who says a quote, and the actor that is.

Who: the subject of the cue verb, or of the clause the cue hangs from (``subject_of``); for a
quotation with no cue, what introduces it (``dyad.nlp.speaker_leads``).

The actor: a named mention is its actor. A pronoun takes the earlier actor it agrees with
(``dyad.nlp.speaker_pronouns``); a "they" after a pair or list named as a subject, that pair as
a group of its own (``dyad.nlp.speaker_groups``). A descriptor ("the spokesman", "the Republican nominee", "the
campaign") is the actor ``dyad.nlp.descriptors`` finds it stands for, and a writing that speaks
("the statement said") whoever the text said issued it; else whoever the noun phrase names
becomes an actor of its own.

A person's sex is set in ``dyad.nlp.gender``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dyad.nlp.actor_mentions import related_by_prep
from dyad.nlp.actors import PRONOUNS, ActorInfo, ActorSet
from dyad.nlp.descriptors import (  # noqa: F401 (AGENT_ROLES, NOUN_GENDER, PERSON_NOUNS re-exported)
    AGENT_ROLES,
    GROUP_HEADS,
    NOUN_GENDER,
    OWNER_VOICES,
    PERSON_NOUNS,
    bare_head,
    campaign_of,
    code_descriptor,
    described,
    described_as,
    guessed,
    named_within,
    nameless,
    person_noun,
    possessor,
)
from dyad.nlp.marks import MARK_CHARS
from dyad.nlp.report_moods import addressed
from dyad.nlp.speaker_groups import conjoined, the_writer
from dyad.nlp.speaker_kinds import (
    bare_name,
    body_description,
    is_name,
    owner_dropped,
    role_beside,
    says,
    surname_word,
)
from dyad.nlp.speaker_names import (
    headline_person,
    honorific_person,
    person_by_surname,
    surname_person,
    title_case_line,
    titled_body,
    titled_name,
    untitled,
)
from dyad.nlp.speaker_pronouns import resolve_pronoun
from dyad.nlp.speaker_salience import (  # noqa: F401 (within re-exported)
    GENDER_REACH,
    SUBJECT_REACH,
    as_subject,
    main_clause,
    main_subject,
    nearness,
    paragraph,
    quoted_spans,
    speaks,
    within,
)
from dyad.nlp.speaker_spans import (  # noqa: F401 (name_lead re-exported)
    inverted_subject,
    name_lead,
    same_line,
    source_phrase,
    subject_unparsed,
    unparsed_subject,
)
from dyad.nlp.titles import SURNAME_TITLES

if TYPE_CHECKING:
    from dyad.nlp.quotes import QuoteInfo

# What someone says something in ("in a statement saying …")
WRITINGS = {"statement", "article", "letter", "email", "release", "tweet", "post", "memo",
            "interview", "speech", "op-ed", "column", "editorial", "video", "ad", "message"}
ISSUER_REACH = 150  # how far back "the statement" looks for the statement someone issued
# What someone says, which speaks for them when it is theirs ("his remarks", "Lee's tweet")
SAYINGS = WRITINGS - {"interview", "article", "column", "editorial", "video", "ad"} | {
    "remark", "comment", "testimony"}

# A person's work that says what its author says ("Lord Butler's report said", "his book
# says"), where it is theirs by a possessive (no issuer looked for: "the report" alone may be anyone's)
AUTHORED = {"report", "study", "book", "memoir", "review"}

# Verbs whose doer after "by" passes on someone else's words ("quoted by the Post as saying")
QUOTING = {"quote", "cite", "paraphrase"}
# A description's word that only modifies its head ("the billionaire real estate magnate"): the
# head noun says whom the phrase describes
MODIFIERS = ("amod", "compound", "nmod")


def _np_span(tok: Token) -> tuple[int, int]:
    """Token span of a speaker's noun phrase: compounds, modifiers, apposition excluded."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "prep", "pobj", "punct") or (
                c.dep_ == "nummod" and tok.text == "%"):  # "Some 40% think": a share of people
            left = min(left, c.left_edge.i)
    doc = tok.doc
    i = tok.i
    while i > 1 and doc[i - 1].text == "-" and doc[i - 2].is_alpha and not (
            doc[i - 2].whitespace_ or doc[i - 1].whitespace_):
        i -= 2
        left = min(left, doc[i].left_edge.i)  # the pieces of a hyphened word before its last
    # a closing quotation mark or a line break the parse hung on the phrase is none of it
    # ('…," / Friends, lobbyists and former foes say')
    while left < tok.i and (doc[left].is_space or doc[left].is_punct or "\n" in doc[left].text):
        left += 1
    return left, tok.i + 1


def resolve_speaker(doc: Doc, actors: ActorSet, tok: Token,
                    quoted: list[tuple[int, int]] | None = None
                    ) -> tuple[ActorInfo | None, tuple]:
    """The actor a speaker token stands for, and the mention's token span. ``quoted``: the
    character spans inside quotation marks, where known (found from the text otherwise)."""
    a, span = _resolve(doc, actors, tok, quoted)
    if a is not None and a.kind == "organization" and a.evidence.startswith("named entity") and (
            role_beside(tok) or (tok.pos_ == "PROPN" and _titled(_name_of(tok)))):
        # "said a protection officer, Yolande Ditewig", "Mr Camus said": the tagger's ORG
        a.kind = "person"
    elif a is not None and a.kind == "other" and a.evidence == "speaker noun phrase" and (
            bare_name(doc, tok, *span)):
        a.kind = "person"  # 'according to an official, Jorge López' … 'said López'
    elif a is not None and a.kind in ("organization", "other") and tok.pos_ == "PROPN" and (
            not title_case_line(doc, tok.i)):
        # "Patrol Commander Kyle Lanier said", tagged a work of art: a title and a full name
        titled_body(actors, [tok.text], among=[a])
    return a, span


def _resolve(doc: Doc, actors: ActorSet, tok: Token, quoted: list[tuple[int, int]] | None
             ) -> tuple[ActorInfo | None, tuple]:
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
        # "Christie, who said …": the relative clause's noun speaks, through "who"; a writing
        # someone puts out is theirs ("Paul released a video that accuses …", like "issued a
        # statement saying …")
        noun = tok.head.head
        by = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if (
            noun.dep_ == "dobj" and noun.lemma_.lower() in WRITINGS) else None
        return resolve_speaker(doc, actors, by or noun, quoted)[0], (tok.i, tok.i + 1)
    lemma = tok.lemma_.lower()
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) if (
        tok.pos_ == "NOUN" and (lemma in OWNER_VOICES or lemma in SAYINGS or lemma in AUTHORED)
    ) else None
    if owner is not None:
        # "his office said …": the person whose office it is; "his speech cited …", "Lee's
        # statement said …": whose words they are
        person, span = resolve_speaker(doc, actors, owner, quoted)
        if person is not None and person.kind == "person" and not untitled(person):
            return person, (_np_span(tok) if lemma in OWNER_VOICES else span)
    by = issuer(tok) if owner is None and tok.tag_ == "NN" and lemma in SAYINGS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) else None
    if by is not None:
        # "“…,” the statement said": whoever issued the statement the text told of before
        who = resolve_speaker(doc, actors, by, quoted)[0]
        if who is not None and who.kind in ("person", "organization", "group"):
            return who, _np_span(tok)
    a = actors.at(tok)
    owned = campaign_of(actors, tok, lambda p: resolve_pronoun(doc, actors, p)) if (
        a is None or nameless(a)) else None
    if owned is not None:  # "his campaign said", "Lee's campaign said": the Lee campaign
        actors.add_mention(owned, *_np_span(tok))
        return owned, _np_span(tok)
    if tok.pos_ == "NOUN" and (a is None or untitled(a) or nameless(a)):
        # "the celebrity press ReganBooks said", "the base chief known as Bob said": the
        # description names whom it describes
        own = named_within(actors, tok)
        if own is not None:
            span = (_np_span(tok)[0], tok.i + 1)
            actors.add_mention(own, *span)
            return own, span
    titled = a is not None and untitled(a)
    if (a is None or a.kind != "person" or titled) and tok.lemma_.lower() not in GROUP_HEADS:
        # "Russian Ambassador to the United Nations Vitaly Churkin said": the parser may head
        # the phrase on the title; the person named inside it is the speaker (but "the Trump
        # campaign" is not Trump); of a title the actors made a person, only the name joined
        # to it ("Vice President and Managing Editor Ann Lee said"), not one it qualifies
        # ("a senior Lee adviser")
        for x in tok.subtree:
            p = actors.at(x)
            if (p is not None and p.kind == "person" and x.i != tok.i and p is not a
                    and not (untitled(p) and (_in_apposition(x, tok) or x.dep_ in MODIFIERS))
                    and not _in_clause(x, tok) and not possessor(x, tok)
                    and not related_by_prep(actors, x, tok) and not (titled and (
                        untitled(p) or x.doc[max(s for s, e in p.mentions if s <= x.i < e):
                                             x.i + 1].root.dep_ not in ("conj", "appos")))):
                a, tok = p, x
                break
    if a is None and tok.pos_ == "NOUN":
        # "comments coach Ripley": the parse hung the surname on its title as an apposition
        x = next((c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 1), None)
        named = person_by_surname(actors, x, actors.at(x)) if x is not None and surname_word(
            doc, x) else None
        if named is not None:
            span = (_np_span(tok)[0], x.i + 1)
            actors.add_mention(named, *span)
            return named, span
    if (a is None or a.kind != "person" or a.name == tok.text) and surname_word(doc, tok):
        named = person_by_surname(actors, tok, a)
        if named is not None:
            start = min(c.i for c in (tok, *tok.lefts) if c.dep_ == "compound" or c is tok)
            actors.add_mention(named, start, tok.i + 1)
            return named, (start, tok.i + 1)
    if a is not None:
        span = next(((s, e) for s, e in a.mentions if s <= tok.i < e), (tok.i, tok.i + 1))
        own = surname_person(actors, a, doc[span[0]:span[1]])
        if own is not None:
            actors.add_mention(own, *span)
            return own, span
        headed = headline_person(doc, actors, a, span)
        if headed is not None:
            actors.add_mention(*headed)
            return headed[0], headed[1:]
        titled, _ = honorific_person(doc, actors, a, *span)
        if titled is not a:
            actors.add_mention(titled, *span)
            return titled, span
        if untitled(a) or (a.kind in ("organization", "group") and nameless(a)) or (
                one_described(tok) and a.kind in ("group", "other")):
            # "the governor", "the company" made an actor of its own: the one named before; a
            # person's definite title as a descriptor the actors left alone is ("the former
            # president"), where "a spokesman" is someone new
            definite = a.kind == "person" and doc[span[0]].lower_ not in ("a", "an", "one")
            named = described(doc, actors, tok, *span, own=a) if definite else (
                described_as(doc, actors, tok, span[0]))
            if named is not None:
                actors.add_mention(named, *span)
                guessed(doc).append(span)
                return named, span
        return a, span
    if tok.lower_ in PRONOUNS:
        if quoted is None:
            quoted = quoted_spans(doc)
        if the_writer(doc, tok, quoted):
            return None, (tok.i, tok.i + 1)  # "we mocked …" outside quotation marks: the writer
        # "Smith and Jones wrote … “…,” they said": the pair, as a group of its own
        a = conjoined(doc, actors, tok, quoted) or resolve_pronoun(doc, actors, tok, quoted=quoted)
        if a is not None:
            actors.add_mention(a, tok.i, tok.i + 1)
        return a, (tok.i, tok.i + 1)
    # A descriptor: the same role or name already met ("the spokesman"); else its own actor.
    start, end = _np_span(tok)
    for inner in doc[start:end]:
        a = actors.at(inner)
        if a is not None and inner.i + 1 < end and doc[inner.i + 1].text == "-" and (
                person_noun(tok)):
            continue  # "the Ballymena-born actor", "the Oscar-nominated actor": what they are
        if a is not None and not possessor(inner, tok) and not (
                untitled(a) and inner.dep_ in MODIFIERS):
            if a.kind != "person" and inner.dep_ in MODIFIERS and person_noun(tok) and (
                    tok.lemma_.lower() not in AGENT_ROLES):
                # "the GOP front-runner", "the Russian president": a body or a country that
                # only qualifies a person's description is not who speaks; the person the
                # description points back to is, where there is one
                met = described(doc, actors, tok, start, end)
                if met is not None and met.kind == "person":
                    actors.add_mention(met, start, end)
                    guessed(doc).append((start, end))
                    return met, (start, end)
            return a, (start, end)
    met = described(doc, actors, tok, start, end)
    if met is not None:
        actors.add_mention(met, start, end)
        guessed(doc).append((start, end))
        return met, (start, end)
    if tok.pos_ in ("NOUN", "PROPN") or is_name(tok):
        owned = start < (start := owner_dropped(tok, start))
        # whoever a cue's subject names speaks, named or not ("Hannity", "Republican
        # strategists", "the poll"); an unnamed collective is a group, never a guessed person
        # "the prime minister's spokesman" keeps its possessor, "his spokesman" does not
        words = [t for t in doc[start:end] if not t.is_space and (
            t.dep_ not in ("det", "punct", "poss") or _inner_hyphen(t) or (
                t.dep_ == "poss" and t.pos_ != "PRON"))]  # ("Mr\n   Palmer": a wrapped line)
        name = "".join(t.text if i == 0 or _inner_hyphen(t) or _inner_hyphen(words[i - 1])
                       or t.dep_ == "case" else " " + t.text
                       for i, t in enumerate(words)) or tok.text
        if tok.text == "%":
            name = doc[start:end].text  # "40%", as written
        same = next((x for x in actors.actors if x.key == "speaker:" + name.lower()), None)
        if same is not None:
            actors.add_mention(same, start, end)
            return same, (start, end)
        kind = "group" if tok.tag_ in ("NNS", "NNPS") or tok.text == "%" else "other"
        if tok.ent_type_ == "PERSON" or (kind == "other" and (person_noun(tok) or (
                tok.pos_ == "PROPN" and _titled(doc[start:end])) or bare_name(
                doc, tok, start, end))) or (kind != "group" and role_beside(tok)) or (
                kind == "other" and owned and says(tok)
                and tok.ent_type_ not in ("ORG", "NORP", "GPE")):
            # "Mr Cable", "Lord Nicholls" the tagger missed, "the constitutional affairs
            # secretary", "Hartl", "Banahari Saha, a stall operator": someone, if not someone
            # the text names; a full name a body owns that says something, one of its people,
            # whatever else the tagger took it for ("The Fabian Society's Sundar Katwala said")
            kind = "person"
        elif tok.ent_type_ in ("ORG", "NORP") or (kind == "other" and is_name(tok) and any(
                c.dep_ == "appos" and body_description(c) for c in tok.children)):
            # "Allergan, the drug maker": a body by what the text says it is
            kind = "group" if tok.ent_type_ == "NORP" else "organization"
        a = actors.new(name=name, kind=kind, key="speaker:" + name.lower(),
                       evidence="speaker noun phrase")
        code_descriptor(a, tok, actors)
        actors.add_mention(a, start, end)
        return a, (start, end)
    return None, (tok.i, tok.i + 1)


def named_speaker(doc: Doc, actors: ActorSet, tok: Token, quoted: list[tuple[int, int]]
                  ) -> None:
    """Make the actor of a name that is the subject of a speech verb and that the actors left
    out ("Lord Browne said the profits …", "Hartl said") or made a body despite its honorific
    ("Mr Camus said"), a person, before any quotation's he or she looks back for someone: the
    report it makes is found after the quotations."""
    if tok.pos_ != "PROPN" or tok.dep_ != "nsubj" or (
            within(quoted, [s for s, _ in quoted], tok.idx)):
        return
    a = actors.at(tok)
    start, end = _np_span(tok)
    # "Mr Camus said", "Fire Marshal Doug Logan said": a title says it is a person
    titled = (_titled(_name_of(tok)) or titled_name([t.text for t in _name_of(tok)]) is not None
              ) and says(tok)
    if a is None and (bare_name(doc, tok, start, end) or titled):
        resolve_speaker(doc, actors, tok, quoted)
    elif a is not None and a.kind in ("organization", "other") and titled:
        resolve_speaker(doc, actors, tok, quoted)  # the tagger's ORG


def _name_of(tok: Token) -> Span:
    """The words of the name ``tok`` ends: it and the compounds right before it ("Mr Camus"),
    not a possessor's ("Lord Woolf's Sentencing Guidelines Council")."""
    start = tok.i
    while start > 0 and (tok.doc[start - 1].dep_ == "compound" or tok.doc[start - 1].is_space) and (
            tok.doc[start - 1].head.i >= start):
        start -= 1
    return tok.doc[start:tok.i + 1]


def _titled(words: Span) -> bool:
    """Whether a name opens on an honorific or a title ("Mr", "Lord", "Professor")."""
    return any(w.lower_ in SURNAME_TITLES for w in words[:2])


def issuer(tok: Token) -> Token | None:
    """Who issued the writing ``tok`` names ("the statement"), as the last mention of the same
    noun within ISSUER_REACH tokens before it tells: its owner ("Lee's statement"), its source
    ("a statement from Acme"), or the subject of the verb it is the object of ("Acme issued a
    statement") or that it came in ("Lee said in a statement")."""
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - ISSUER_REACH):tok.i]):
        if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN":
            continue
        for c in t.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        verb = t.head if t.dep_ == "dobj" else t.head.head if (
            t.dep_ == "pobj" and t.head.lower_ in ("in", "through")) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        return subject_of(verb, lambda _: False)
    return None


def one_described(tok: Token) -> bool:
    """A definite description of one, headed by a common noun, whatever names qualify it ("the
    Air Force veteran", "the Texas native"): someone the text has named, not a body."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and not tok.is_title and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def _in_clause(x: Token, head: Token) -> bool:
    """``x`` belongs to a clause that modifies ``head`` ("the PAC backing Jeb Bush")."""
    while x.i != head.i and x.head.i != x.i:
        if x.dep_ in ("acl", "relcl"):
            return True
        x = x.head
    return False


def _in_apposition(x: Token, head: Token) -> bool:
    """``x`` belongs to a phrase in apposition with ``head`` ("Zarate, the former adviser")."""
    while x.i != head.i and x.head.i != x.i:
        if x.dep_ == "appos" and x.head.i == head.i:
            return True
        x = x.head
    return False


def _inner_hyphen(t: Token) -> bool:
    """A hyphen inside a word ("self-described"), which the name keeps."""
    doc = t.doc
    return (t.text in ("-", "‐") and not t.whitespace_ and t.i > 0 and t.i + 1 < len(doc)
            and not doc[t.i - 1].whitespace_)


def subject_of(verb: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """Who does what ``verb`` says: its subject, or the subject of the clause it hangs from,
    or the noun it describes; ``is_cue`` tells the verbs that attribute speech. A cue the parse
    gave no subject at all takes the one ``subject_unparsed`` finds in the words before it."""
    found = _subject_of(verb, is_cue)
    if found is None and is_cue(verb):
        found = subject_unparsed(verb, _named)
    return _whole_word(found) if found is not None and found.text == "-" else found


def _whole_word(t: Token) -> Token:
    """"The Tory co-chairman said": a parse may split a word at its hyphen and take the
    hyphen for the subject; the word's last piece heads it."""
    doc = t.doc
    while t.i + 1 < len(doc) and doc[t.i + 1].is_alpha and not t.whitespace_ and (
            t.text == "-" or doc[t.i + 1].text == "-"):
        t = doc[t.i + 1]
    return t


def _named(t: Token) -> bool:
    """A word of a person's or a body's name, as the tagger tells (no actors at hand)."""
    return t.ent_type_ in ("PERSON", "ORG")


def _subject_of(verb: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        # 'and also yelled “Allahu akbar,”': a subject inside the quotation marks that follow
        # the verb is what it says, which the parse took for who says it
        quoted = quoted_spans(verb.doc)
        starts = [s for s, _ in quoted]
        if not within(quoted, starts, verb.idx):
            subjects = [c for c in subjects
                        if c.i < verb.i or not within(quoted, starts, c.idx)]
    after = [c for c in subjects if c.left_edge.i == verb.i + 1 and c.pos_ in ("PROPN", "NOUN")]
    if after and verb.i > 0 and verb.doc[verb.i - 1].is_punct and any(
            c.i < verb.i for c in subjects):
        # "The tone, said Mr Lee, would be …", "“…,” said Lee": an inverted cue's subject follows
        # it; the one the parse hung before it is what was said's
        return after[0]
    if subjects:
        # two subjects are a misparse of what stands before the one that does it ("12:15 p.m.
        # President Obama says", "Tennis great Billie Jean King remembered"): the nearest, unless
        # the first is joined by "and" to what follows ("Ann Lee and Gov. Bo Ray say"): it leads
        # (what stands in brackets is an aside, not who does it)
        before = sorted((c for c in subjects if c.i < verb.i and c.pos_ in (
            "NOUN", "PROPN", "PRON") and not (c.left_edge.i > 0 and (
                verb.doc[c.left_edge.i - 1].text == "("))), key=lambda c: c.i)
        if not before:
            return subjects[0]
        k = len(before) - 1
        if k > 0 and before[k - 1].ent_type_ == "PERSON" and (
                before[k - 1].i + 1 == before[k].left_edge.i):
            return before[k - 1]  # "Obama the realist knows": a name and what it is, side by side
        if k > 0 and before[k - 1].ent_type_ == "PERSON" and before[k].ent_type_ == "ORG" and (
                verb.doc[before[k - 1].i + 1].text == ","
                and before[k - 1].i + 2 == before[k].left_edge.i):
            # "Colin Asplin, Blackpool Hotel Association said": a person and the body they
            # speak for, a comma between; the person says it
            return before[k - 1]
        while k > 0 and any(t.dep_ == "cc" and t.lower_ in ("and", "or", "&")
                            for t in verb.doc[before[k - 1].i + 1:before[k].i]
                            if t.head.i == before[k - 1].i):
            k -= 1
        return before[k]
    after = inverted_subject(verb)
    if after is not None:
        return after
    agent = by_phrase(verb)
    if agent is not None and verb.tag_ == "VBN" and is_cue(verb) and (
            verb.lemma_.lower() not in QUOTING):
        # "Asked by Stephanopoulos to respond, Carson said": who asks is the one after "by",
        # not the subject of the clause the participle hangs from
        return agent
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.dep_ in ("ccomp", "xcomp", "conj"):
        # "He said his attacks have worked and said that …": the parse hangs the second
        # "said" on what the first one reported; it is the first speaker's
        up = head
        while up.dep_ in ("ccomp", "xcomp", "conj") and up.head.i != up.i:
            up = up.head
            if is_cue(up):
                return subject_of(up, is_cue)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and verb.i > 0 and (
            verb.doc[verb.i - 1].text == "," and is_cue(head.head)):
        # 'Sir John said progress had been made, adding that …': the parse hangs the participle
        # on what the cue reports; it goes on with the cue, and its speaker
        return subject_of(head.head, is_cue)
    # "…, saying that …", "reluctant to express", "began by saying": the clause shares the
    # subject of the verb it hangs from
    if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return subject_of(head, is_cue)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head, is_cue)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "dobj" and (
            head.head.head.pos_ in ("VERB", "AUX")):
        # "makes no apologies for accusing …", "took the step of criticizing …": whoever does
        # the verb the noun is the object of
        return subject_of(head.head.head, is_cue)
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "issued a statement saying …" and "shot back in an article stating …" are the
        # writer's; "one listing the facts" is "one"
        by = None
        if head.dep_ == "dobj" or (head.dep_ == "pobj" and head.lemma_.lower() in WRITINGS
                                   and head.head.head.pos_ in ("VERB", "AUX")):
            by = subject_of(head.head if head.dep_ == "dobj" else head.head.head, is_cue)
        elif head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in WRITINGS
                for c in head.head.head.children):
            # "sent an email to supporters stating …": the parse may hang the participle on
            # whom the writing went to; it is the writer's
            by = subject_of(head.head.head, is_cue)
        return by or head
    if verb.dep_ == "acl" and verb.tag_ == "VB":
        # "Khan's campaign to condemn …", "mounted a campaign to condemn …": whoever runs it
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        return subject_of(head.head, is_cue) if head.dep_ == "dobj" else None
    return None


def next_paragraph(text: str, a: QuoteInfo, b: QuoteInfo) -> bool:
    """b opens the paragraph right after a's (blank lines aside)."""
    lines = text[a.end:b.start].split("\n")
    return len(lines) > 1 and all(not ln.strip() for ln in lines[1:-1]) and not lines[-1].strip(
        " \t" + MARK_CHARS)


def own_paragraph(text: str, s: int, e: int) -> bool:
    ps = text.rfind("\n", 0, s) + 1
    pe = text.find("\n", e)
    pe = len(text) if pe < 0 else pe
    return not text[ps:s].strip(" \t" + MARK_CHARS) and not text[e:pe].strip(
        " \t.,!?" + MARK_CHARS)


def set_speaker(doc: Doc, actors: ActorSet, q: QuoteInfo, tok: Token | None,
                quoted: list[tuple[int, int]]) -> None:
    """Give ``q`` the actor ``tok`` stands for and its mention (``quoted``: resolve_speaker's);
    where the parse gave the cue no subject, the name ``unparsed_subject`` finds."""
    if tok is None and q.cue_span is not None:
        tok = unparsed_subject(doc, q.cue_span, lambda t: (a := actors.at(t)) is not None and (
            a.kind in ("person", "organization")))
    if tok is None:
        return
    tok = same_line(doc, tok)
    if _passive_subject(tok, q):
        # "he was told by Lee that …": who said it is the "by" phrase; "it was reported that
        # …", "no impact could be expected": the subject is what was said, and no one says it
        by = by_phrase(tok.head)
        if by is not None:
            tok = by
        elif tok.lower_ == "it" or (tok.pos_ == "NOUN" and actors.at(tok) is None):
            return
        elif _addressed(tok.head):
            # "Fox was asked whether …", "residents were warned that …": whom it was put to,
            # by someone the text does not name
            actor, _ = resolve_speaker(doc, actors, tok, quoted)
            q.addressee = actor.id if actor else None
            return
    actor, (ms, me) = resolve_speaker(doc, actors, tok, quoted)
    q.speaker = actor.id if actor else None
    q.speaker_span = source_phrase(doc, q, tok, (doc[ms].idx, doc[me - 1].idx + len(doc[me - 1])))


def by_phrase(verb: Token) -> Token | None:
    """Who does what a passive verb says: the object of its "by" ("was told by Lee")."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"), None)


def _addressed(verb: Token) -> bool:
    """A cue verb whose object is whom it was said to ("asked Lee", "warned residents"); not
    one whose passive is a state of its subject ("she is assured of winning 120 delegates")."""
    return addressed(verb) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


def _passive_subject(tok: Token, q: QuoteInfo) -> bool:
    """Whether ``tok`` is the subject of ``q``'s cue in the passive ("He's said", "’s" for
    "has", is none)."""
    if tok.dep_ != "nsubjpass" or q.cue_span is None or not (
            q.cue_span[0] <= tok.head.idx < q.cue_span[1]):
        return False
    return not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.head.children)


