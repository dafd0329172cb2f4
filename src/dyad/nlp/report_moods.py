"""Cue words whose mood or voice says they report nothing, or nothing of their subject's: an
instruction to the reader ("For tickets, call the box office", "To find the schedule, go to
…"), what someone saw or came upon ("found him lying in the road", "found debris blocking a
sewer line", "DaimlerChrysler saw sales rise"), and a passive request, whose subject is whom
it was put to ("Fox was asked whether …", "Anyone with information is asked to call police"),
and what a thing or a place goes through ("the game sees two factions competing").
News of local papers and wires carries many of these; PolNeAR's political news few."""

from __future__ import annotations

from spacy.tokens import Token

from dyad.nlp.cue_phrases import load_cues

# Verbs of coming upon something, whose participle clause is what was found there
COME_UPON = {"find"}
# Verbs of going through something, which a place or a thing does as well as a person ("the
# province has felt the brunt of the outbreak", "the game sees two factions competing")
UNDERGO = {"see", "feel"}
# Entity types of holders that go through things but are no one who sees them happen
_NO_PERSON = ("ORG", "GPE", "LOC", "FAC", "DATE", "EVENT", "PRODUCT")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")


def to_the_reader(verb: Token) -> bool:
    """A verb in the imperative that opens its sentence's main clause, or joins one ("call or
    write to …"), or an infinitive of purpose before one ("To find out more, visit …"): the
    writer tells the reader what to do, which no one is reported to say."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    head = verb
    if verb.dep_ in ("advcl", "conj") and _infinitive(verb):
        head = verb.head  # "to find …, go to": the purpose of what the reader is told to do
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT" and head.tag_ == "VB" and not any(
        c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in head.children)


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and not any(c.dep_ in _SUBJECTS for c in verb.children)


def perceived(clause: Token, sources: frozenset[str] = frozenset()) -> bool:
    """A clause of what someone came upon ("workers found debris blocking a sewer line",
    "found him lying in the road", "found himself struggling"): a participle with a subject of
    its own and no auxiliary or conjunction after a verb of finding whose finder is no poll,
    study or other of the nouns ``sources`` names ("the poll found Clinton leading" reports
    what the poll found, as PolNeAR marks it); not a finding someone reports ("found that
    prices had risen", "found some firms had raised prices")."""
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VBG", "VBN") or (
            verb.lemma_.lower() not in COME_UPON) or not _small_clause(clause):
        return False
    finder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return finder is None or finder.lemma_.lower() not in sources


def seen_happen(clause: Token, holder: Token) -> bool:
    """A bare infinitive with a subject of its own after a verb whose holder is a body, a place
    or a time ("DaimlerChrysler saw sales rise 8%", "2004 saw prices fall"): what it went
    through, not what it said. (People who "see their neighborhoods shift" are PolNeAR's
    sources, and "proposed we wake up" reports a demand: a person's stays.)"""
    # (the tagger takes "rise" after "sales" for a present tense: "VBP")
    return clause.dep_ == "ccomp" and clause.tag_ in ("VB", "VBP") and _small_clause(
        clause) and holder.ent_type_ in _NO_PERSON


def undergone(verb: Token, holder: Token, actors) -> bool:
    """A verb of going through something whose holder is a thing or a place that no one speaks
    for: a singular common noun or a named place or building that is no actor (``actors``: no
    person, body, group or country) and no source noun ("the poll sees Clinton ahead" reports
    the poll's finding). What it went through is no stance of anyone's. (Plural nouns are left
    alone: "Millennials see police violence as a problem" is PolNeAR's attribution, and such
    groups are often no actor; so are cities and countries, which speak through their rulers.)"""
    if verb.lemma_.lower() not in UNDERGO or not (holder.tag_ == "NN" and not holder.ent_type_
                                                   or holder.ent_type_ in ("LOC", "FAC")):
        return False
    from dyad.nlp.quotes import source_nouns  # which builds on the reports

    return actors.at(holder) is None and holder.lemma_.lower() not in source_nouns()


def _small_clause(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def addressed(verb: Token) -> bool:
    """A cue verb whose object is whom it was said to ("asked Lee", "warned residents")."""
    cue = load_cues().get(verb.lemma_.lower())
    return cue is not None and cue.takes_addressee


def asked_of(verb: Token) -> bool:
    """A cue of that kind in the passive ("was asked to", "were urged to"): what it asks its
    subject to do is no report of the subject's."""
    return addressed(verb) and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def reduced_passive(verb: Token) -> bool:
    """A past participle with no auxiliary or subject of its own that opens a clause ("when
    asked about …", "Asked whether …, Lee said"): whom it was put to is not who asked."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
