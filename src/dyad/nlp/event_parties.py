"""Event arguments as actors: the doer of a verb (through relative clauses, conjuncts, control
verbs, instruments and datelines), the actor a token names, whether a token names a party, a
country or armed forces, the parties of a coordinated group ("British and EU negotiators"), and
new actors for named arguments the actor finder left out."""

from __future__ import annotations

from spacy.tokens import Token

from dyad.nlp.actors import DETERMINERS, PRONOUNS, ActorInfo, ActorSet
from dyad.nlp.quotes import resolve_pronoun

# Words that count a party rather than name it ("hundreds of prisoners").
QUANTITIES = {"hundred", "thousand", "dozen", "million", "number", "score", "some", "many",
              "most", "all", "majority", "several", "few", "ten", "tens", "contingent"}
# Entity types that never stand for a party.
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Entity types that name a party.
NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Possessives that make a thing the doer's own.
OWN = {"its", "their", "his", "her", "our", "my"}
# Nouns for armed forces: moved by the doer, not acted on ("mobilized the army").
FORCES = {"army", "troop", "force", "soldier", "brigade", "regiment", "battalion", "unit",
          "division", "contingent", "police", "peacekeeper", "reservist", "marine", "warship",
          "jet", "aircraft", "helicopter", "navy", "military", "personnel", "team"}
# Bodies of forces sent abroad, beside the forces themselves (FORCES).
MISSIONS = {"mission", "operation", "coalition"}
# Verbs of receiving: what comes from a party is that party's act ("faced criticism from X").
RECEIVING = {"face", "receive", "get", "draw", "attract", "suffer", "win", "earn", "garner"}
# What ends a dateline ("THE HAGUE, Netherlands --"); a bare "-" only between spaces.
DASHES = ("-", "--", "—", "–", ":")
# Documents and decisions through which their issuer acts ("a resolution criticizing X").
INSTRUMENTS = {"resolution", "decree", "bill", "law", "order", "motion", "measure", "ruling",
               "statement", "declaration", "letter", "executive", "legislation", "amendment",
               "directive", "regulation", "verdict", "decision", "communique", "proposal",
               "report", "memo", "note", "petition", "complaint", "lawsuit", "suit",
               "sanction", "policy", "plan", "program", "programme", "agreement", "deal",
               "treaty", "accord", "pact", "initiative", "campaign", "operation", "offensive"}
# Nouns too vague to stand as an actor when an event needs a target.
ABSTRACT = {"series", "news", "kind", "lot", "way", "part", "number", "one", "thing", "time",
            "fore", "end", "need", "control", "hand", "place", "issue", "matter", "question",
            "knowledge", "indication", "arrangement", "weaponry", "weapon", "step", "fact",
            "agreement", "deal", "ceasefire", "fire", "truce", "plan", "talk", "negotiation",
            "process", "effort", "law", "policy", "decision", "call", "right", "access"}


def expand(toks: list[Token], actors: ActorSet, create: bool = False) -> list[ActorInfo]:
    """The actors argument tokens name, their conjuncts' and a coordinated group's parties
    included, each once; ``create`` makes actors of named arguments the finder left out."""
    out: list[ActorInfo] = []
    seen = set()
    for tok in toks:
        for x in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            # the token's own actor is looked up once (a pronoun's resolution is costly):
            # asked again with ``create`` it would be the same one when there is one
            whole = actor_of(x, actors)
            parties = _coordinated_parties(x, actors, whole)
            if not parties:
                parties = [whole if whole is not None or not create
                           else actor_of(x, actors, create=True)]
            for a in parties:
                if a is not None and a.id not in seen:
                    seen.add(a.id)
                    out.append(a)
    return out


def _coordinated_parties(tok: Token, actors: ActorSet, whole: ActorInfo | None
                         ) -> list[ActorInfo]:
    """"British and EU negotiators", "Pakistan and Afghanistan's intelligence services": two
    parties that share a head noun, one for each coordinated modifier; ``whole`` is
    ``actor_of(tok, actors)``. Nothing changes in ``actors`` when none are found."""
    # Only a collective named by its members' noun: "the Food and Agriculture Organisation" and
    # "Economy and Labour Minister Wolfgang Clement" are one party each.
    if whole is None or whole.kind not in ("group", "other") or tok.pos_ != "NOUN":
        return []
    mod = next((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                and c.i < tok.i and any(g.dep_ == "cc" and g.lower_ in ("and", "&")
                                        for g in c.children)), None)
    if mod is None:
        return []
    conjs = [g for g in mod.children if g.dep_ == "conj" and mod.i < g.i < tok.i]
    if not conjs:
        return []
    doc = tok.doc
    evidence = "event argument" if whole.evidence == "event argument" else (
        f"a party of '{whole.name}'")
    spans = [(mod.left_edge.i, mod.i + 1, f"{doc[mod.left_edge.i:mod.i + 1].text} {tok.text}")]
    spans += [(c.left_edge.i, tok.i + 1, doc[c.left_edge.i:tok.i + 1].text) for c in conjs]
    out = []
    first = actors.at(mod)
    if first is not None and first is not whole and _party(actors, mod, tok, whole.kind) is None:
        out.append(first)  # "House and Senate negotiators": the House is an actor already
        spans = spans[1:]
    for (start, end, name), c in zip(spans, [mod, *conjs][-len(spans):]):
        while start < end - 1 and doc[start].lower_ in DETERMINERS:
            start += 1
        known = _party(actors, c, tok, whole.kind)
        if known is not None:  # the actor finder split the group already ("U.S. officials")
            out.append(known)
            continue
        key = "other:" + name.lower()
        a = next((x for x in actors.actors if x.key == key), None)
        if a is None:
            # "British" in "British and EU negotiators": the party is the UK's
            land = next((x.country for x in actors.actors if x.kind == "country"
                         and any(s <= c.i < e for s, e in x.mentions)), None)
            a = actors.new(name=name, kind=whole.kind, key=key, evidence=evidence,
                           sector=list(whole.sector), country=land)
            body = actors.at(c)
            if body is not None and body.kind == "organization" and body.sector:
                # "EU" in "British and EU negotiators": the body's people, of its sector first
                a.put_first(body.sector)
            if a.country or a.sector:
                a.code = a.sector_code()
        actors.add_mention(a, start, end)
        out.append(a)
    return out


def _party(actors: ActorSet, mod: Token, head: Token, kind: str) -> ActorInfo | None:
    """An actor of ``kind`` named by one coordinated modifier, with or without the shared head:
    "Ethiopian" or "South African troops" in "Ethiopian and South African troops"."""
    start = mod.left_edge.i
    while start < mod.i and mod.doc[start].lower_ in DETERMINERS:
        start += 1
    ends = {mod.i + 1, head.i + 1}
    joins = [t.i for t in mod.head.subtree if t.dep_ == "cc" and t.i < head.i]
    # a mention over the whole coordination is the collective, not this party
    return next((a for a in actors.actors if a.kind == kind and any(
        s == start and e in ends and not any(s <= j < e for j in joins) for s, e in a.mentions)),
        None)


def actor_of(tok: Token, actors: ActorSet, create: bool = False) -> ActorInfo | None:
    a = actors.at(tok)
    if a is not None:
        if a.kind == "group" and tok.lemma_.lower() in QUANTITIES:
            # "First contingents of West African troops": the party is what is counted, even
            # where the count was taken for an actor of its own.
            counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and actors.at(g) is not None]
            if counted:
                return actors.at(counted[0])
        return a
    for c in tok.children:  # "the convoy of Russia": no; "groups of rebels": the head's modifier
        if c.dep_ == "compound" and actors.at(c) is not None:
            return actors.at(c)
    if tok.lemma_.lower() in QUANTITIES or tok.ent_type_ == "CARDINAL":
        # "Hundreds of political prisoners": the party is what is counted.
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if counted:
            return actor_of(counted[0], actors, create)
    if tok.lower_ in PRONOUNS and tok.lower_ not in ("it", "its"):
        return resolve_pronoun(tok.doc, actors, tok)
    if tok.lower_ in ("it", "its") and tok.pos_ == "PRON":
        # "Russia said it had expelled …": "it" as a party is a country or organisation.
        a = resolve_pronoun(tok.doc, actors, tok)
        return a if a is not None and a.kind in ("country", "organization") else None
    if (create and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in ABSTRACT
            and tok.ent_type_ not in NOT_ACTORS):
        start = min([c.i for c in tok.lefts if c.dep_ in ("amod", "compound", "det", "nummod")]
                    + [tok.i])
        while start < tok.i and tok.doc[start].lower_ in DETERMINERS:
            start += 1
        name = tok.doc[start:tok.i + 1].text
        key = "other:" + name.lower()
        a = next((x for x in actors.actors if x.key == key), None)
        if a is None:
            a = actors.new(name=name, kind="other", key=key, evidence="event argument")
        actors.add_mention(a, start, tok.i + 1)
        return a
    return None


def is_named(tok: Token, actors: ActorSet, loose: bool = False) -> bool:
    """Whether a token names a party; ``loose``: or a thing its modifiers tie to one ("three new
    Iranian organizations", "an Afghan army base")."""
    return actor_of(tok, actors) is not None or tok.ent_type_ in NAMED or (
        loose and tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound", "npadvmod")
                                   and c.ent_type_ in NAMED for c in tok.children))


def is_own(tok: Token) -> bool:
    """"its troops": the doer's own are not what it acts on."""
    return any(c.dep_ == "poss" and c.lower_ in OWN for c in tok.children)


def owner_of(tok: Token, actors: ActorSet) -> Token:
    """A party named inside a thing: "the Israeli Prime Minister's declaration" is the Prime
    Minister's; "Iranian organizations" stay themselves."""
    if actor_of(tok, actors) is None:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in OWN
                      and actor_of(c, actors) is not None), None)
        if owner is not None:
            return owner
    return tok


def is_party(tok: Token, actors: ActorSet) -> bool:
    """Whether a token names a country, an organisation, a person or a group of people."""
    a = actor_of(tok, actors)
    if a is not None:
        return a.kind in ("country", "organization", "person", "group")
    return tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")


def is_country(tok: Token, actors: ActorSet) -> bool:
    """Whether a token names a country."""
    a = actor_of(tok, actors)
    return a.kind == "country" if a is not None else tok.ent_type_ == "GPE"


def moved(tok: Token, actors: ActorSet, moving: bool) -> bool:
    """Whether an argument is no party of its own: a thing, an unnamed group, or, for a verb
    that moves or gives (``moving``), armed forces ("mobilized the army", "offered an armored
    regiment"), which are the doer's to move ("helped the army" is done to the army)."""
    a = actor_of(tok, actors)
    return a is None or a.kind in ("group", "other") or (
        moving and tok.lemma_.lower() in FORCES and tok.ent_type_ not in NAMED)


def depth(t: Token) -> int:
    """How many steps from the root of the parse."""
    n = 0
    while t.head.i != t.i and n < 50:
        t, n = t.head, n + 1
    return n


def agent_of(t: Token) -> Token | None:
    """The doer of a verb, through relative clauses, participles, conjuncts and control verbs."""
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # Two subjects mean a dateline parsed as one ("KABUL (Pajhwok): President Ghani has
        # held …", "Cebu City--Police have started …"): the verb's own is the one nearest it.
        before = [x for x in subjects if x.i < t.i]
        c = before[-1] if len(subjects) > 1 and before else subjects[0]
        if c.lower_ in ("that", "which", "who") and t.dep_ == "relcl":
            return _issuer(t.head)
        # A dateline's dash lies within its sentence's first ten tokens, so after the subject
        # by fewer than ten: only then is the sentence worth looking up.
        doc = t.doc
        near = any(doc[j].text in DASHES for j in range(c.i, min(c.i + 10, len(doc))))
        end = _dateline_end(t.sent) if near else -1
        if c.i <= end:
            # "ALGIERS, Algeria - Police have arrested …": the place line is no subject.
            later = [x for x in subjects if x.i > end]
            return later[0] if later else next(
                (x for x in sorted(c.subtree, key=depth)
                 if x.i > end and x.pos_ in ("NOUN", "PROPN", "PRON")), None)
        return c
    if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
        return _issuer(t.head)
    if t.dep_ in ("xcomp", "conj", "advcl", "pcomp") and t.head.i != t.i:
        head = t.head
        if t.dep_ == "pcomp" and head.head.i != head.i:  # "respond by arming"
            head = head.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp"):  # "is willing to"
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return agent_of(head)
    return None


def _issuer(noun: Token) -> Token:
    """"passed a resolution criticizing X", "signed a decree granting": what an instrument
    does, whoever issued it does; the doer is the subject of the verb the instrument is the
    object of."""
    if (noun.lemma_.lower() in INSTRUMENTS and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.pos_ in ("VERB", "AUX")):
        if noun.dep_ == "nsubjpass":
            by = [g for c in noun.head.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
            return by[0] if by else noun
        doer = agent_of(noun.head)
        if doer is not None:
            return doer
    return noun


def _dateline_end(sent) -> int:
    """The index of the dash or colon that ends a dateline ("THE HAGUE, Netherlands --"), or -1."""
    first = sent[0]
    if not (first.is_upper and len(first.text) > 1):
        return -1
    for x in sent[:10]:
        # A dash, not the hyphen inside "pre-Columbian".
        if x.text in DASHES[1:] or (
                x.text == "-" and (x.i == 0 or x.doc[x.i - 1].whitespace_ or x.whitespace_)):
            return x.i
    return -1


def givers_of(t: Token, actors: ActorSet) -> tuple[list[Token], Token] | None:
    """"faced criticism from the U.N.", "received an invitation from Putin": the parties
    something comes from and whom it comes to, as tokens. None where ``t`` receives nothing
    from anyone (a verb of receiving, or the act noun it receives)."""
    verb, noun = (t, None) if t.pos_ in ("VERB", "AUX") else (t.head, t)
    if verb.lemma_.lower() not in RECEIVING or (noun is not None and noun.dep_ != "dobj"):
        return None
    things = [noun] if noun is not None else [c for c in verb.children if c.dep_ == "dobj"]
    givers = [g for h in [verb, *things] for p in h.children if p.dep_ == "prep"
              and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"
              and is_party(g, actors)]
    receiver = agent_of(verb)
    if not givers or receiver is None:
        return None
    return givers, receiver


def stationed_in(tok: Token, actors: ActorSet) -> Token | None:
    """The country a force or mission serves in ("the peacekeeping force in Somalia")."""
    if tok.lemma_.lower() not in FORCES | MISSIONS:
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and is_country(g, actors)), None)
