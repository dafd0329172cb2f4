"""What a verb's or an act noun's own phrases name: its objects, their owners, the parties its
prepositions name, whom a thing is given to, whom a demand is made of and what is looked into.
``dyad.nlp.event_args`` chooses among these the source and target of an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.nlp.actors import ActorSet
from dyad.nlp.event_parties import (
    ABSTRACT,
    NAMED,
    NOT_ACTORS,
    OWN,
    actor_of,
    is_country,
    is_named,
    is_own,
    is_party,
    owner_of,
)

# Prepositions after a light verb's noun that name the other party ("an attack on", "talks with").
NOUN_PREPS = ("with", "against", "on", "to", "from", "for", "toward", "towards", "into", "at",
              "over")
# Dependencies that stay inside a verb's own phrases.
PHRASE_DEPS = {"prep", "pobj", "dobj", "dative", "attr", "conj", "xcomp", "acl", "pcomp", "nmod",
               "appos", "oprd", "agent"}
# Objects of light verbs that name the act itself ("imposed a curfew", "declared a state of").
LIGHT_OBJECTS = {"act", "state", "curfew", "blockade", "authorization", "authorisation",
                 "order", "measure", "step", "action", "threat", "attack", "strike", "fire",
                 "offensive", "raid", "charge"}
# Prepositions whose object is the other party of a verb or act noun ("clashed with").
TARGET_PREPS = ("with", "against", "between", "on", "to", "at", "toward", "towards", "from", "into")
# Nouns that name an act done to someone, beyond the -tion/-ment/-sion/-ism kind.
ACT_NOUNS = {"probe", "attack", "criticism", "release", "arrest", "ban", "sanction", "strike",
             "audit", "raid", "assault", "siege", "war", "approval", "refusal", "handling",
             "inquiry", "crackdown", "boycott", "blockade", "review", "trial", "killing",
             "bombing", "shelling", "support", "aid", "visit", "recognition"}
ACT_SUFFIXES = ("tion", "sion", "ment", "ism")
REQUESTS = {"demand", "request", "call", "appeal", "plea"}
INQUIRIES = {"investigation", "probe", "inquiry", "enquiry", "audit", "review"}
# Verbs whose object is something new, never a party acted on.
CREATING = {"establish", "build", "found", "create", "construct", "form"}
# Verbs of giving: whom the thing goes to is the party acted on, never the thing given.
GIVING = {"give", "return", "send", "hand", "provide", "deliver", "supply", "donate", "transfer",
          "contribute", "offer", "grant", "lend", "sell", "ship", "award", "allocate", "dispatch",
          "repatriate", "restore"}
# Verbs that voice an act as one's own or one's side's ("reiterated", "pledged").
VOICING = {"reiterate", "reaffirm", "express", "voice", "pledge", "promise", "declare",
           "convey", "extend", "renew", "announce", "confirm", "affirm", "offer"}
# Verbs of letting: the subject of the clause they govern is whom they act on.
LETTING = {"allow", "let", "permit", "enable"}


def directed(t: Token, actors: ActorSet, moving: bool = False) -> list[Token]:
    """Where something goes or comes from; for forces sent (``moving``), also where they are
    sent in ("sent 200 troops in Syria")."""
    preps = ("to", "from", "into", "in") if moving else ("to", "from", "into")
    heads = [t] + [c for c in t.children if c.dep_ == "dobj"]
    # "sent a team of experts to Iran": the destination may hang on what the object is made of.
    heads += [g for h in heads[1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"
            and (g.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP") or (
                actor_of(g, actors) is not None
                and actor_of(g, actors).kind in ("country", "organization", "person")))]


def given_to(t: Token, actors: ActorSet) -> list[Token]:
    """"returned a manuscript, missing since 1943, to Venafro": whom a verb of giving gives to,
    also where the parser hangs the to-phrase inside the thing given."""
    if t.lemma_.lower() not in GIVING:
        return []
    direct = recipients(t, actors)
    if direct:
        return direct
    things = [c for c in t.children if c.dep_ == "dobj"]
    if not things:
        return []
    # The to-phrase of a giving verb is its recipient; a phrase inside the object is read so
    # only when it names a party, the last one first ("date back to A.D. 640 to Peru").
    inside = [x for o in things for x in o.subtree] + [
        x for c in t.children if c.dep_ in ("advcl", "acl") and c.i > things[0].i
        for x in c.subtree]
    found = [g for p in inside if p.dep_ == "prep" and p.lower_ == "to"
             for g in p.children if g.dep_ == "pobj" and is_party(g, actors)]
    return found[-1:]


def partners(t: Token, actors: ActorSet) -> list[Token]:
    """"discussed Libya with Trump", "shared evidence with India": the party an act is done
    with."""
    return [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj" and is_party(g, actors) and not is_own(g)]


def opposed_parties(t: Token, actors: ActorSet) -> list[Token]:
    """The nearest party named after "against" inside a verb's own phrases: "mobilized the army
    for a ground assault against X", "troops for a battle against the remnants of Y"."""
    level = [c for c in t.children if c.dep_ in ("prep", "dobj", "xcomp", "advcl")]
    for _ in range(5):
        found = [g for p in level if p.dep_ == "prep" and p.lower_ == "against"
                 for g in p.children if g.dep_ == "pobj"]
        found = [owner_of(g, actors) for g in found]
        found = [g for g in found if (is_named(g, actors, loose=True) or g.pos_ == "PROPN")
                 and not is_own(g)]
        if found:
            return found
        level = [c for x in level for c in x.children if c.dep_ in PHRASE_DEPS
                 and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return []


def recipients(t: Token, actors: ActorSet) -> list[Token]:
    """"offered the cultural sector an aid package", "returned a portrait to its owner": whom
    something is given or sent to is the party acted on, not the thing given."""
    if not any(c.dep_ == "dobj" for c in t.children):
        return []
    out = [c for c in t.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    out += [g for c in t.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]
    return [g for g in out if g.ent_type_ not in NOT_ACTORS and (
        actor_of(g, actors) is not None or g.lemma_.lower() not in ABSTRACT)]


def named_in_phrases(t: Token, actors: ActorSet, loose: bool = False) -> list[Token]:
    """The nearest named parties inside a verb's own phrases (objects, prepositional phrases,
    complements; not its subject and not other clauses): "refused to send peacekeepers to
    Iraq", "strengthened its forces in Europe"."""
    def inside(x: Token) -> list[Token]:
        # "according to a statement" names who tells, not whom the act is on; a verb
        # conjoined ("declared a state of siege and sent in troops") is another act.
        return [c for c in x.children if c.dep_ in PHRASE_DEPS
                and not (c.dep_ == "prep" and c.lower_ == "according")
                and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]

    level = inside(t)
    for _ in range(7):
        named = [x for x in level if is_named(x, actors, loose) and not is_own(x)]
        if named:
            return named
        level = [c for x in level for c in inside(x)]
    return []


def object_targets(t: Token, actors: ActorSet) -> list[Token]:
    """Whom a verb's objects name: the object itself, or for an object that is no actor, the
    one it belongs to ("flouted Kerry's calls", "support the UN call") or the party its
    preposition names ("launched an attack on X", "held talks with X", "rejected a request
    from X")."""
    if _creates(t):
        # "set up an institute in Mumbai": what is founded is no party; where it is, or whom
        # it serves, is, named beside it or inside it ("a team of workers in Louisiana").
        own = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
               for g in c.children if g.dep_ == "pobj" and is_named(g, actors)]
        return own or [g for o in t.children if o.dep_ == "dobj" for p in o.subtree
                       if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                       if g.dep_ == "pobj" and is_country(g, actors)][:1]
    out: list[Token] = []
    for c in t.children:
        # "allowed the plane to enter", "urged Iran to stop", parsed as a clause of its own:
        # the subject of an infinitive clause is the verb's object.
        # "allowed aid workers expanded access": after a verb of letting, with no "to".
        if c.dep_ == "ccomp" and (t.lemma_.lower() in LETTING or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            out += [x for x in c.children if x.dep_ == "nsubj" and x.i < c.i and not is_own(x)]
    for o in t.children:
        if o.dep_ not in ("dobj", "dative", "attr"):
            continue
        # "withdraw its troops from X": the doer's own are not acted on, but its own act
        # ("expressed its condemnation of X") is aimed where its phrases say.
        own = is_own(o)
        if own and not act_noun(o):
            continue
        if actors.at(o) is None:
            # "violated Philippine's holiday ceasefire": a named possessor, known or not.
            # "reiterated the UN's commitment to Lebanon": whose act one voices is one's own
            # side; whom the act is for is the party acted on.
            voiced = t.lemma_.lower() in VOICING and act_noun(o)
            owners = [c for c in o.children if c.dep_ in ("poss", "compound")
                      and c.lower_ not in OWN and not (voiced and c.dep_ == "poss")
                      and (actors.at(c) is not None or c.dep_ == "poss" and c.ent_type_ in NAMED)]
            owners += [g for c in o.children if c.dep_ == "prep" and c.lower_ in ("by", "of")
                       for g in c.children if g.dep_ == "pobj" and actors.at(g) is not None]
            # "rejected every offer made by the Taliban": the maker of the thing.
            owners += [g for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       for a in c.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj" and actors.at(g) is not None]
            # "pledged support for Seoul's efforts": the party whose thing it is.
            owners += [owner_of(g, actors) for c in o.children
                       if c.dep_ == "prep" and c.lower_ in NOUN_PREPS
                       for g in c.children if g.dep_ == "pobj"]
            if act_noun(o):
                # Only a party: "condemned the deletion of e-mails" is about no one.
                # "its rejection and condemnation of X": the phrase may hang on a conjunct.
                acts = [o] + [n for n in o.conjuncts if act_noun(n)]
                owners += [x for n in acts for c in n.children
                           if c.dep_ == "prep" and c.lower_ in ("of", "into")
                           for g in c.children if g.dep_ == "pobj"
                           for x in [owner_of(g, actors)] if is_named(x, actors, loose=True)]
            if owners:
                out += owners
                continue
            if own or o.dep_ == "attr":
                continue
        out.append(o)
    return out


def asked(t: Token) -> list[Token]:
    """"demanded that the minister apologize", "reiterated its demand that US ease sanctions":
    a that-clause in the bare subjunctive (a base form with no auxiliary) is a demand made of
    its subject."""
    clauses = [c for c in t.children if c.dep_ == "ccomp"]
    clauses += [c for o in t.children if o.dep_ == "dobj" for c in o.children
                if c.dep_ in ("acl", "ccomp")]
    return [x for c in clauses if c.tag_ == "VB"
            and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for x in c.children if x.dep_ == "nsubj" and x.i < c.i
            and x.lower_ not in ("it", "this", "that", "there") and not is_own(x)]


def investigated(t: Token, actors: ActorSet) -> list[Token]:
    """"conducted an investigation into Khashoggi's death": what is looked into is the target,
    its owner where one is named."""
    return [x for o in t.children if o.dep_ == "dobj"
            and o.lemma_.lower() in INQUIRIES for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("into", "of") for g in p.children
            if g.dep_ == "pobj" and g.ent_type_ not in NOT_ACTORS
            for x in [_claimed(g) or owner_of(g, actors)]
            if x is not g or g.lemma_.lower() not in ABSTRACT]


def _claimed(noun: Token) -> Token | None:
    """"an investigation into claims that two servicemen abused children": what is looked into
    is the subject of the claim."""
    return next((x for c in noun.children if c.dep_ in ("acl", "ccomp")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i
                 and x.pos_ in ("NOUN", "PROPN")), None)


def _creates(t: Token) -> bool:
    """Whether a verb brings its object into being ("set up", "establish", "build")."""
    lemma = t.lemma_.lower()
    return lemma in CREATING or (lemma == "set" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in t.children))


def act_noun(tok: Token) -> bool:
    """Whether a noun names an act ("an investigation into", "criticism of", "the release of"):
    its of-phrase is what is acted on, not what it is made of ("a team of experts")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ACT_NOUNS or lemma.endswith(ACT_SUFFIXES))


def prep_objects(t: Token) -> list[Token]:
    out = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # "conceded to the demands of the truck drivers": whose demands they are.
                makers = [x for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                          for x in p.children if x.dep_ == "pobj"] \
                    if g.lemma_.lower() in REQUESTS else []
                out += makers or [g]
                # "come to an agreement with Russia": the party is the noun's.
                out += [x for p in g.children if p.dep_ == "prep" and p.lower_ in NOUN_PREPS
                        for x in p.children if x.dep_ == "pobj"]
    return out


def possessive_object(t: Token) -> list[Token]:
    """"flouted Kerry's calls for a cease-fire", parsed as a new clause whose subject is
    "Kerry's": the possessor right after the verb is what it acts on."""
    if t.right_edge.i + 1 >= len(t.doc):
        return []
    node = t.doc[t.right_edge.i + 1]
    while node.dep_ in ("compound", "nmod", "prep", "pobj", "amod", "det") and \
            node.head.i != node.i:
        node = node.head
    if node.dep_ == "nsubj" and node.i > t.i and node.head.i != t.i and any(
            c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in node.children):
        return [node]
    return []
