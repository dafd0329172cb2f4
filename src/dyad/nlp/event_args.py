"""Who acts on whom: the source and target actors of an event trigger, over the parse.

The source is the agent (subject, through relative clauses, conjuncts and control verbs; the
issuer of an instrument: "passed a resolution criticizing X"; the by-phrase of a passive; the
state where an unattributed arrest happened), the target the patient (object, passive subject,
the subject of an infinitive clause: "allowed X to land") or, for an object that is no party,
the party it belongs to or its preposition names ("launched an attack on X", "held talks with
X", "a probe of X's decision"). Whom a thing is given to beats the thing given, even where the
parser hangs the to-phrase inside it; an accusation, a coercion or an assault is done to its
direct object; a demand or charge is aimed at the subject of what is demanded; a joint act at
its with-party; aid at whom its purpose clause names; a refusal at whoever must meet its
condition ("until X …"). Otherwise a party named in the verb's own phrases beats a thing acted
on (armed forces sent or mobilised are the doer's own), and a statement is about its
complement's subject, or, where the speaker announces its own act, about whom that act is aimed
at. Coordination yields every party, coordinated modifiers of one noun included ("British and EU
negotiators"); nouns that are no actor become actors of kind ``other`` where they stand as an
argument.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad import cameo
from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.event_parties import (
    ABSTRACT,
    NAMED,
    NOT_ACTORS,
    OWN,
    actor_of,
    agent_of,
    expand,
    givers_of,
    is_country,
    is_named,
    is_own,
    is_party,
    moved,
    owner_of,
    stationed_in,
)

# Prepositions after a light verb's noun that name the other party ("an attack on", "talks with").
NOUN_PREPS = ("with", "against", "on", "to", "from", "for", "toward", "towards", "into", "at",
              "over")
# Dependencies that stay inside a verb's own phrases.
PHRASE_DEPS = {"prep", "pobj", "dobj", "dative", "attr", "conj", "xcomp", "acl", "pcomp", "nmod",
               "appos", "oprd", "agent"}
# Acts done to their direct object: accusing, coercing, assaulting (CAMEO 11, 17–20).
PATIENT_ROOTS = {"11", "17", "18", "19", "20"}
# Objects of light verbs that name the act itself ("imposed a curfew", "declared a state of").
LIGHT_OBJECTS = {"act", "state", "curfew", "blockade", "authorization", "authorisation",
                 "order", "measure", "step", "action", "threat", "attack", "strike", "fire",
                 "offensive", "raid", "charge"}
# Coercion that only a state does: arrests, detentions, expulsions, curfews (CAMEO 17).
STATE_ROOTS = {"17"}
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
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"}
# Verbs of giving: whom the thing goes to is the party acted on, never the thing given.
GIVING = {"give", "return", "send", "hand", "provide", "deliver", "supply", "donate", "transfer",
          "contribute", "offer", "grant", "lend", "sell", "ship", "award", "allocate", "dispatch",
          "repatriate", "restore"}
# Giving and help (CAMEO 07): what it is for names whom it helps ("gave money to rebuild Y").
AID_ROOTS = {"07"}
# Acts done together (agreeing, consulting, cooperating): the with-party is the other side,
# whatever the act is about ("discussed Libya with Trump").
JOINT_ROOTS = {"03", "04", "06"}
# Verbs that voice an act as one's own or one's side's ("reiterated", "pledged").
VOICING = {"reiterate", "reaffirm", "express", "voice", "pledge", "promise", "declare",
           "convey", "extend", "renew", "announce", "confirm", "affirm", "offer"}
# Verbs of letting: the subject of the clause they govern is whom they act on.
LETTING = {"allow", "let", "permit", "enable"}
# Verbs of putting out: a passive one with no doer named is the state's it puts out of
# ("were expelled from North Korea").
EXPELLING = {"expel", "deport", "evict", "exile", "banish", "oust", "kick"}
def arguments(t: Token, pattern: cameo.Pattern, actors: ActorSet
              ) -> tuple[list[ActorInfo], list[ActorInfo]]:
    """The source and target actors of a trigger coded with ``pattern``."""
    if pattern.pos == "noun":
        return _noun_arguments(t, actors)
    received = _received(t, actors)
    if received is not None:
        return received
    # "people evacuated from Haiti by the U.S.": a past participle on a noun is passive too.
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (
        t.dep_ == "acl" and t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children))
    src_toks: list[Token] = []
    tgt_toks: list[Token] = []
    if passive:
        agent = next((c for c in t.children if c.dep_ == "agent"), None)
        if agent is not None:
            src_toks = [c for c in agent.children if c.dep_ == "pobj"]
        tgt_toks = [c for c in t.children if c.dep_ == "nsubjpass"]
        if t.lemma_.lower() in GIVING:
            # "was returned by US officials to Spanish authorities": whom it goes to.
            tgt_toks = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                        for g in c.children if g.dep_ == "pobj" and is_party(g, actors)] or tgt_toks
        if not tgt_toks and t.dep_ in ("acl", "relcl"):
            tgt_toks = [t.head]
        if not src_toks and _deployment(pattern) and tgt_toks and all(
                actor_of(x, actors) is not None and actor_of(x, actors).kind == "group"
                for x in tgt_toks):
            # "peacekeepers were deployed to relieve X": with no one named as sending them,
            # the forces are who acts, and where or against whom they go is the other party.
            src_toks = tgt_toks
            # "deployed as peacekeeping forces" names their role, not a party.
            tgt_toks = (_directed(t, actors) or _purpose_objects(t, actors)
                        or [x for x in _named_in_phrases(t, actors, loose=True)
                            if x.head.lower_ != "as"])
        elif not src_toks and (t.lemma_.lower() in EXPELLING
                               or cameo.lookup(pattern.cameo).root in STATE_ROOTS):
            # "was arrested in Niger", "were expelled from North Korea": an arrest or an
            # expulsion whose doer goes unnamed is the state's where it happened.
            preps = ("in", "from") if t.lemma_.lower() in EXPELLING else ("in",)
            src_toks = [g for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                        for g in c.children if g.dep_ == "pobj" and is_country(g, actors)]
    else:
        subj = agent_of(t)
        src_toks = [subj] if subj is not None else []
        tgt_toks = _object_targets(t, actors)
        if not tgt_toks or all(actor_of(x, actors) is None for x in tgt_toks):
            tgt_toks += _prep_objects(t)
        if all(actor_of(x, actors) is None for x in tgt_toks):
            # Control verbs: "tried to reach an agreement with Russia", "threatened to shell
            # Haifa": whom the complement acts on is whom the event is aimed at.
            for c in t.children:
                if c.dep_ == "xcomp" or (c.dep_ == "acomp" and c.pos_ == "ADJ"):
                    for x in [c] + [g for g in c.children if g.dep_ == "xcomp"]:
                        if x.pos_ in ("VERB", "AUX"):
                            tgt_toks += _object_targets(x, actors) + _prep_objects(x)
        if not tgt_toks:
            tgt_toks += _possessive_object(t)
        # A party named anywhere in the clause's phrases beats a thing acted on: "returned a
        # manuscript to Venafro", "set up an institute in Mumbai", "called for sanctions
        # against the US"; whom a statement is about is its complement's subject.
        joint = _partners(t, actors) if cameo.lookup(pattern.cameo).root in JOINT_ROOTS else []
        patients = _patients(t, pattern, tgt_toks)
        named = (_asked(t) or _investigated(t, actors) or _given_to(t, actors) or joint
                 or [x for x in tgt_toks if is_named(x, actors, loose=True)]
                 or patients or _recipients(t, actors) or _clause_subject(t, pattern, actors)
                 or _named_in_phrases(t, actors) or _named_in_phrases(t, actors, loose=True))
        moving = _deployment(pattern) or t.lemma_.lower() in GIVING
        if named is not patients and all(moved(x, actors, moving) for x in named):
            # "withdrew peacekeepers from Rwanda", "sent troops to Iraq": what is moved is
            # the doer's; where it goes, or comes from, is the party acted on.
            # "mobilized troops for the war against Iraq": whom the move is against (an
            # assault's object is what it is done to: "captured cities in an advance against").
            opposed = ([] if cameo.lookup(pattern.cameo).root in PATIENT_ROOTS
                       else _opposed(t, actors))
            helped = (_purpose_parties(t, actors) if cameo.lookup(pattern.cameo).root in AID_ROOTS
                      else [])
            named = (_directed(t, actors, moving) or _recipients(t, actors) or opposed or helped
                     or named)
        if cameo.lookup(pattern.cameo).root == "12" and all(
                moved(x, actors, False) for x in named):
            named = _condition_party(t, actors) or named
        if not named and cameo.lookup(pattern.cameo).root in VERBAL_ROOTS:
            named = _complement_subject(t, actors)
        tgt_toks = named or tgt_toks
        if moving:
            # "sent troops to the UN force in South Sudan": forces joined where they serve
            # help the country they serve in.
            tgt_toks = [stationed_in(x, actors) or x for x in tgt_toks]
    sources = expand(src_toks, actors, create=True)
    targets = [a for a in expand(tgt_toks, actors, create=True) if a not in sources]
    if sources and not targets and cameo.lookup(pattern.cameo).root not in ("01", "02"):
        # A thing the doer's own act is done to is seldom a party ("said it had to cancel 77
        # flights"); a name is ("said it will release Sergeant Pablo Emilio Moncayo").
        targets = [a for a in _own_act_targets(t, pattern, actors, sources)
                   if a not in sources and (a.evidence != "event argument" or any(
                       t.doc[e - 1].pos_ == "PROPN" for _, e in a.mentions))]
    return sources, targets


def _own_act_targets(t: Token, pattern: cameo.Pattern, actors: ActorSet,
                     sources: list[ActorInfo]) -> list[ActorInfo]:
    """"FARC said it will release the sergeant": a statement of one's own act is aimed at
    whom that act is."""
    for c in t.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        doer = agent_of(c)
        if doer is not None and actor_of(doer, actors) in sources:
            return arguments(c, pattern, actors)[1]
    return []


def _directed(t: Token, actors: ActorSet, moving: bool = False) -> list[Token]:
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


def _given_to(t: Token, actors: ActorSet) -> list[Token]:
    """"returned a manuscript, missing since 1943, to Venafro": whom a verb of giving gives to,
    also where the parser hangs the to-phrase inside the thing given."""
    if t.lemma_.lower() not in GIVING:
        return []
    direct = _recipients(t, actors)
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


def _partners(t: Token, actors: ActorSet) -> list[Token]:
    """"discussed Libya with Trump", "shared evidence with India": the party an act is done
    with."""
    return [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj" and is_party(g, actors) and not is_own(g)]


def _purpose_parties(t: Token, actors: ActorSet) -> list[Token]:
    """"gave 350 million euros to promote investment in Ethiopia", "assistance to help people in
    Somalia": aid is aimed at the party its purpose clause names."""
    heads = [t] + [c for c in t.children if c.dep_ == "dobj"]
    heads += [g for h in heads[1:] for p in h.children if p.dep_ == "prep"
              for g in p.children if g.dep_ == "pobj"]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl")
               and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                             for a in c.children)]
    for c in clauses:
        # "to serve as a peacekeeping force" names a role, not whom the aid is for.
        found = [x for x in _named_in_phrases(c, actors) if is_party(x, actors)
                 and actor_of(x, actors) is not None and actor_of(x, actors).kind != "group"
                 and x.head.lower_ != "as"]
        if found:
            return found
    return []


def _deployment(pattern: cameo.Pattern) -> bool:
    """Sending forces: peacekeeping (CAMEO 074) or a show of force (15)."""
    return pattern.cameo.startswith("074") or cameo.lookup(pattern.cameo).root == "15"


def _purpose_objects(t: Token, actors: ActorSet) -> list[Token]:
    """"deployed to relieve the Angolan personnel": whom the purpose clause acts on."""
    return [x for c in t.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for x in _object_targets(c, actors) if is_named(x, actors, loose=True)]


def _opposed(t: Token, actors: ActorSet) -> list[Token]:
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


def _patients(t: Token, pattern: cameo.Pattern, objects: list[Token]) -> list[Token]:
    """"accused Gulen of attempting to overthrow the government", "tortured an inmate in
    Iran": an accusation, a coercion or an assault is done to its direct object, whatever
    other party its phrases name."""
    if cameo.lookup(pattern.cameo).root not in PATIENT_ROOTS:
        return []
    # Not an act ("launched an attack on X", "imposed a curfew in X"): its phrases name the
    # party; and not a thing whose own phrases name one ("threats made by X").
    return [o for o in objects if o.dep_ == "dobj" and o.head.i == t.i
            and o.lemma_.lower() not in ABSTRACT and o.ent_type_ not in NOT_ACTORS
            and not _act_noun(o) and o.lemma_.lower() not in LIGHT_OBJECTS
            and not any(c.dep_ in ("prep", "acl", "relcl", "conj") for c in o.children)]


def _recipients(t: Token, actors: ActorSet) -> list[Token]:
    """"offered the cultural sector an aid package", "returned a portrait to its owner": whom
    something is given or sent to is the party acted on, not the thing given."""
    if not any(c.dep_ == "dobj" for c in t.children):
        return []
    out = [c for c in t.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    out += [g for c in t.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]
    return [g for g in out if g.ent_type_ not in NOT_ACTORS and (
        actor_of(g, actors) is not None or g.lemma_.lower() not in ABSTRACT)]


def _named_in_phrases(t: Token, actors: ActorSet, loose: bool = False) -> list[Token]:
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


def _object_targets(t: Token, actors: ActorSet) -> list[Token]:
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
        if own and not _act_noun(o):
            continue
        if actors.at(o) is None:
            # "violated Philippine's holiday ceasefire": a named possessor, known or not.
            # "reiterated the UN's commitment to Lebanon": whose act one voices is one's own
            # side; whom the act is for is the party acted on.
            voiced = t.lemma_.lower() in VOICING and _act_noun(o)
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
            if _act_noun(o):
                # Only a party: "condemned the deletion of e-mails" is about no one.
                # "its rejection and condemnation of X": the phrase may hang on a conjunct.
                acts = [o] + [n for n in o.conjuncts if _act_noun(n)]
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


def _asked(t: Token) -> list[Token]:
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


def _investigated(t: Token, actors: ActorSet) -> list[Token]:
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


def _condition_party(t: Token, actors: ActorSet) -> list[Token]:
    """"will not end the strike until their demands are met by the authorities": a refusal
    is aimed at whoever must meet its condition (the doer of the until-clause)."""
    doer = agent_of(t)
    own = actor_of(doer, actors) if doer is not None else None
    verbs = [t] + [c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    for v in verbs:
        for c in v.children:
            if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("until", "unless")
                                            for m in c.children):
                continue
            clauses = [c, *[x for x in c.conjuncts if x.pos_ in ("VERB", "AUX")]]
            # "until he is satisfied Vietnam is doing all it can": the condition is Vietnam's.
            clauses += [x for cl in clauses for x in cl.children if x.dep_ == "ccomp"]
            for clause in clauses:
                by = [g for a in clause.children if a.dep_ == "agent" for g in a.children
                      if g.dep_ == "pobj"]
                subj = [x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")]
                found = [x for x in by or subj if (actor_of(x, actors) is not None
                                                   or x.ent_type_ in NAMED)
                         and actor_of(x, actors) is not own]
                if found:
                    return found
    return []


def _creates(t: Token) -> bool:
    """Whether a verb brings its object into being ("set up", "establish", "build")."""
    lemma = t.lemma_.lower()
    return lemma in CREATING or (lemma == "set" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in t.children))


def _act_noun(tok: Token) -> bool:
    """Whether a noun names an act ("an investigation into", "criticism of", "the release of"):
    its of-phrase is what is acted on, not what it is made of ("a team of experts")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ACT_NOUNS or lemma.endswith(ACT_SUFFIXES))


def _clause_subject(t: Token, pattern: cameo.Pattern, actors: ActorSet) -> list[Token]:
    """"demanded that the prime minister apologize", "found the regime guilty of": a demand, a
    charge or a statement is aimed at the subject of the clause it governs, before any party
    named deeper inside that clause."""
    # Not a bare statement: what a quoted speaker talks about is seldom whom anything is aimed at.
    if cameo.lookup(pattern.cameo).root not in VERBAL_ROOTS - {"01", "02"}:
        return []
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i
                and x.pos_ != "PRON"]
        doer = agent_of(t)
        own = actor_of(doer, actors) if doer is not None else None
        # "said it will not lift the embargo until Cuba …": the speaker's own act is aimed
        # elsewhere (see _own_act_targets).
        return [x for x in subj if (actor_of(x, actors) is not None
                                    and actor_of(x, actors) is not own)
                or (actor_of(x, actors) is None and (x.ent_type_ in NAMED
                                                     or x.pos_ == "PROPN"))]
    return []


def _complement_subject(t: Token, actors: ActorSet) -> list[Token]:
    """'warned that if Russia continued …': whom a statement is about is its clause's subject
    (not an infinitive's: 'no need for the civilians to leave' is not about the civilians)."""
    for c in t.children:
        for x in c.subtree if c.dep_ == "ccomp" else ():
            if x.dep_ in ("nsubj", "nsubjpass") and actors.at(x) is not None and not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in x.head.children):
                return [x]
    return []


def _prep_objects(t: Token) -> list[Token]:
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


def _possessive_object(t: Token) -> list[Token]:
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


def _received(t: Token, actors: ActorSet
              ) -> tuple[list[ActorInfo], list[ActorInfo]] | None:
    """What someone receives from a party, that party does to them (see ``givers_of``)."""
    found = givers_of(t, actors)
    if found is None:
        return None
    sources = expand(found[0], actors, create=True)
    return sources, [a for a in expand([found[1]], actors, create=True) if a not in sources]


def _noun_arguments(t: Token, actors: ActorSet):
    received = _received(t, actors)
    if received is not None:
        return received
    # "talks between Russia and Turkey": the parties are both sides, nobody else.
    between = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
               for g in c.children if g.dep_ == "pobj"]
    parties = expand(between, actors)
    if len(parties) > 1:
        # "Turkey's mediation between the opposition and Putin": a third party acts on both
        third = [a for a in expand([c for c in t.children if c.dep_ == "poss"], actors)
                 if a not in parties]
        return (third, parties) if third else (parties, list(parties))
    # "continued their attacks": an unresolved "their" leaves the doer to the verb above.
    src: list[Token] = [c for c in t.children if c.dep_ == "poss"
                        and actor_of(c, actors) is not None]
    tgt: list[Token] = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            src += [g for g in c.children if g.dep_ == "pobj"]
    # Up the chain: "running a series of negotiations", "came to the fore as the broker of".
    node, steps = t, 0
    while not src and steps < 4 and node.head.i != node.i:
        node = node.head
        steps += 1
        preps = [c for c in node.children if c.dep_ == "prep"]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "including with"
        tgt += [g for c in preps if c.lower_ in ("with", "between")
                for g in c.children if g.dep_ == "pobj"]
        if node.pos_ in ("VERB", "AUX"):
            a = agent_of(node)
            if a is not None:
                src = [a]
            break
    own: list[Token] = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS + ("of",):
            for g in c.children:
                if g.dep_ == "pobj":
                    tgt.append(g)
                    if c.lower_ != "of" and src:
                        # "their assault on the old city": what a named doer's act is aimed
                        # at is a party even where it is no actor yet.
                        own.append(g)
                    if g.pos_ == "NOUN" and actor_of(g, actors) is None:
                        # "broker of a deal between X and Y": the parties are one step down.
                        tgt += [x for p in g.children if p.dep_ == "prep" and p.lower_ in
                                ("between", "with") for x in p.children if x.dep_ == "pobj"]
    sources = expand(src, actors)
    targets = [a for a in expand(tgt, actors) if a not in sources]
    if sources and not targets:
        targets = [a for a in expand(own, actors, create=True) if a not in sources]
    return sources, targets
