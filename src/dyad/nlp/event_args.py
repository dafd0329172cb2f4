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
    actor_of,
    agent_of,
    expand,
    givers_of,
    is_country,
    is_named,
    is_party,
    moved,
    stationed_in,
)
from dyad.nlp.event_phrases import (
    GIVING,
    LIGHT_OBJECTS,
    TARGET_PREPS,
    act_noun,
    asked,
    directed,
    given_to,
    investigated,
    named_in_phrases,
    object_targets,
    opposed_parties,
    partners,
    possessive_object,
    prep_objects,
    recipients,
)

# Acts done to their direct object: accusing, coercing, assaulting (CAMEO 11, 17–20).
PATIENT_ROOTS = {"11", "17", "18", "19", "20"}
# Coercion that only a state does: arrests, detentions, expulsions, curfews (CAMEO 17).
STATE_ROOTS = {"17"}
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"}
# Giving and help (CAMEO 07): what it is for names whom it helps ("gave money to rebuild Y").
AID_ROOTS = {"07"}
# Acts done together (agreeing, consulting, cooperating): the with-party is the other side,
# whatever the act is about ("discussed Libya with Trump").
JOINT_ROOTS = {"03", "04", "06"}
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
            tgt_toks = (directed(t, actors) or _purpose_objects(t, actors)
                        or [x for x in named_in_phrases(t, actors, loose=True)
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
        tgt_toks = object_targets(t, actors)
        if not tgt_toks or all(actor_of(x, actors) is None for x in tgt_toks):
            tgt_toks += prep_objects(t)
        if all(actor_of(x, actors) is None for x in tgt_toks):
            # Control verbs: "tried to reach an agreement with Russia", "threatened to shell
            # Haifa": whom the complement acts on is whom the event is aimed at.
            for c in t.children:
                if c.dep_ == "xcomp" or (c.dep_ == "acomp" and c.pos_ == "ADJ"):
                    for x in [c] + [g for g in c.children if g.dep_ == "xcomp"]:
                        if x.pos_ in ("VERB", "AUX"):
                            tgt_toks += object_targets(x, actors) + prep_objects(x)
        if not tgt_toks:
            tgt_toks += possessive_object(t)
        # A party named anywhere in the clause's phrases beats a thing acted on: "returned a
        # manuscript to Venafro", "set up an institute in Mumbai", "called for sanctions
        # against the US"; whom a statement is about is its complement's subject.
        joint = partners(t, actors) if cameo.lookup(pattern.cameo).root in JOINT_ROOTS else []
        patients = _patients(t, pattern, tgt_toks)
        named = (asked(t) or investigated(t, actors) or given_to(t, actors) or joint
                 or [x for x in tgt_toks if is_named(x, actors, loose=True)]
                 or patients or recipients(t, actors) or _clause_subject(t, pattern, actors)
                 or named_in_phrases(t, actors) or named_in_phrases(t, actors, loose=True))
        moving = _deployment(pattern) or t.lemma_.lower() in GIVING
        if named is not patients and all(moved(x, actors, moving) for x in named):
            # "withdrew peacekeepers from Rwanda", "sent troops to Iraq": what is moved is
            # the doer's; where it goes, or comes from, is the party acted on.
            # "mobilized troops for the war against Iraq": whom the move is against (an
            # assault's object is what it is done to: "captured cities in an advance against").
            opposed = ([] if cameo.lookup(pattern.cameo).root in PATIENT_ROOTS
                       else opposed_parties(t, actors))
            helped = (_purpose_parties(t, actors) if cameo.lookup(pattern.cameo).root in AID_ROOTS
                      else [])
            named = (directed(t, actors, moving) or recipients(t, actors) or opposed or helped
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
        found = [x for x in named_in_phrases(c, actors) if is_party(x, actors)
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
            for x in object_targets(c, actors) if is_named(x, actors, loose=True)]


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
            and not act_noun(o) and o.lemma_.lower() not in LIGHT_OBJECTS
            and not any(c.dep_ in ("prep", "acl", "relcl", "conj") for c in o.children)]


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
