"""Events: who did what to whom, from the verb-pattern dictionary over the dependency parse.

A trigger is a verb (or a nominalisation: "negotiations", "broker") whose lemma, preposition and
object match a row of ``data/verbs.csv``. Its source is the agent (subject, or the by-phrase of a
passive), its target the patient (object, passive subject, or a with/against/between phrase);
coordination yields one event per pair, and symmetric events (meetings, deals) link the
coordinated subjects with each other. Modality comes from auxiliaries, conditionals, control
verbs and quotation; the date and place from the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad import cameo
from dyad.nlp.actors import DETERMINERS, PRONOUNS, ActorInfo, ActorSet
from dyad.nlp.dates import resolve_date
from dyad.nlp.quotes import QuoteInfo, resolve_pronoun

TARGET_PREPS = ("with", "against", "between", "on", "to", "at", "toward", "towards", "from", "into")
HYPOTHETICAL_AUX = {"might", "could", "would", "may", "should", "must", "can"}
INTENT_HEADS = {"try", "attempt", "plan", "intend", "seek", "aim", "want", "hope", "effort",
                "bid", "push", "move", "threaten", "offer", "propose", "prepare", "ensure", "vow"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
SYMMETRIC_ROOTS = {"03", "04", "05", "06"}
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"}
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "relcl", "acl", "parataxis"}
# Nouns too vague to stand as an actor when an event needs a target.
ABSTRACT = {"series", "news", "kind", "lot", "way", "part", "number", "one", "thing", "time",
            "fore", "end", "need", "control", "hand", "place", "issue", "matter", "question",
            "knowledge", "indication", "arrangement", "weaponry", "weapon", "step", "fact",
            "agreement", "deal", "ceasefire", "fire", "truce", "plan", "talk", "negotiation",
            "process", "effort", "law", "policy", "decision", "call", "right", "access"}


@dataclass
class EventInfo:
    cameo: str
    trigger: tuple[int, int]  # character span
    sentence: tuple[int, int]
    source: str | None
    target: str | None
    negated: bool
    modality: str
    date: str | None
    place: str | None
    confidence: float
    evidence: str


def find_events(doc: Doc, actors: ActorSet, quotes: list[QuoteInfo],
                places: list[tuple[int, int, str]] | None = None,
                published: str | None = None) -> list[EventInfo]:
    table = cameo.patterns()
    events: list[EventInfo] = []
    matched_verbs: set[int] = set()
    found: list[tuple[Token, cameo.Pattern]] = []
    for t in doc:
        pos = _pos(t)
        if pos is None:
            continue
        cands = table.get((pos, t.lemma_.lower())) or table.get((pos, t.lower_))
        if not cands:
            continue
        pattern = next((p for p in cands if _fits(t, p, actors)), None)
        if pattern is not None:
            found.append((t, pattern))
            if pos == "verb":
                matched_verbs.add(t.i)
    for t, pattern in found:
        # "lifted sanctions" is the verb's event, not also the noun's.
        if pattern.pos == "noun" and (t.dep_ == "compound" or _under_matched_verb(t, matched_verbs)):
            continue
        events.extend(_code(doc, t, pattern, actors, quotes, places or [], published))
    return events


def _under_matched_verb(t: Token, matched: set[int]) -> bool:
    node = t
    for _ in range(2):
        if node.dep_ not in ("dobj", "nsubjpass", "pobj", "compound", "prep"):
            return False
        node = node.head
        if node.i in matched:
            return True
    return False


def _pos(t: Token) -> str | None:
    if t.pos_ in ("VERB", "AUX"):
        return "verb"
    if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_):
        return "noun"
    return None


def _objects(t: Token, prep: Token | None) -> list[Token]:
    """What a row's `object` may name (see the header of verbs.csv)."""
    if t.pos_ in ("VERB", "AUX"):
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "xcomp")]
    else:
        objs = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
    if prep is not None:
        objs += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return objs


def _fits(t: Token, p: cameo.Pattern, actors: ActorSet | None = None) -> bool:
    prep = _prep(t, p.prep) if p.prep else None
    if p.prep and prep is None:
        return False
    if p.object:
        objs = _objects(t, prep)
        if p.object == "@actor":
            return any(o.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or o.pos_ == "PRON"
                       or (actors is not None and actors.at(o) is not None) for o in objs)
        if not any(o.lemma_.lower() == p.object or o.lower_ == p.object for o in objs):
            return False
    return True


def _prep(t: Token, word: str) -> Token | None:
    return next((c for c in t.children if c.dep_ in ("prep", "prt", "agent", "dative")
                 and (c.lower_ == word or c.lemma_.lower() == word)), None)


def _code(doc, t, pattern, actors, quotes, places, published) -> list[EventInfo]:
    sources, targets = _arguments(t, pattern, actors)
    if targets and not pattern.object:
        # An actor found as the target makes a row that needs one apply ("warned that Russia…"
        # is a warning to Russia: 130, not the bare warning of danger).
        rows = cameo.patterns().get((pattern.pos, pattern.lemma), ())
        pattern = next((p for p in rows if p.object == "@actor" and p.prep == pattern.prep),
                       pattern)
    code = cameo.lookup(pattern.cameo)
    sent = t.sent
    pairs: list[tuple[ActorInfo | None, ActorInfo | None]] = []
    if not targets and len(sources) > 1 and code.root in SYMMETRIC_ROOTS:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(s, g) for s in (sources or [None]) for g in (targets or [None])
                 if s is None or g is None or s is not g]
    if not sources and not targets:
        return []
    negated = _negated(t)
    modality = _modality(t, quotes)
    date = _date(t, published)
    ev = pattern.describe()
    if date is None and published and modality in ("asserted", "reported"):
        date, ev = published, ev + "; date: publication"
    place = _place(t, places)
    out = []
    for s, g in pairs:
        conf = 0.45 + 0.1 * pattern.specificity + (0.2 if s else 0) + (0.15 if g else 0)
        if pattern.pos == "noun":
            conf -= 0.1
        out.append(EventInfo(
            cameo=code.code, trigger=(t.idx, t.idx + len(t.text)),
            sentence=(sent.start_char, sent.end_char), source=s.id if s else None,
            target=g.id if g else None, negated=negated, modality=modality, date=date,
            place=place, confidence=round(min(conf, 0.95), 2),
            evidence=f"{ev}; source: {_how(s)}; target: {_how(g)}"))
    return out


def _how(a: ActorInfo | None) -> str:
    return a.name if a else "none"


# -- arguments ---------------------------------------------------------------------------------
def _arguments(t: Token, pattern: cameo.Pattern, actors: ActorSet):
    if pattern.pos == "noun":
        return _noun_arguments(t, actors)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
    src_toks: list[Token] = []
    tgt_toks: list[Token] = []
    if passive:
        agent = next((c for c in t.children if c.dep_ == "agent"), None)
        if agent is not None:
            src_toks = [c for c in agent.children if c.dep_ == "pobj"]
        tgt_toks = [c for c in t.children if c.dep_ == "nsubjpass"]
        if not tgt_toks and t.dep_ in ("acl", "relcl"):
            tgt_toks = [t.head]
    else:
        subj = _agent(t)
        src_toks = [subj] if subj is not None else []
        objs = [c for c in t.children if c.dep_ in ("dobj", "dative")]
        for o in objs:
            if actors.at(o) is None:
                # "flouted Kerry's calls": the possessor is the one acted on.
                poss = [c for c in o.children if c.dep_ == "poss"]
                by = [g for c in o.children if c.dep_ == "prep" and c.lower_ in ("by", "of")
                      for g in c.children if g.dep_ == "pobj" and actors.at(g) is not None]
                if poss or by:
                    tgt_toks += poss + by
                    continue
            tgt_toks.append(o)
        if not tgt_toks or all(_actor(x, actors) is None for x in tgt_toks):
            tgt_toks += _prep_objects(t)
        if not tgt_toks and cameo.lookup(pattern.cameo).root in VERBAL_ROOTS:
            tgt_toks += _complement_subject(t, actors)
    sources = _expand(src_toks, actors)
    # A thing acted on ("stopped the convoy") is a target only in material conflict; a deal or
    # a cease-fire is what cooperation is about, not whom it is with.
    physical = cameo.lookup(pattern.cameo).root >= "14"
    targets = [a for a in _expand(tgt_toks, actors, create=physical) if a not in sources]
    return sources, targets


def _complement_subject(t: Token, actors: ActorSet) -> list[Token]:
    """'warned that if Russia continued …': whom a statement is about is its clause's subject."""
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        for x in c.subtree:
            if x.dep_ in ("nsubj", "nsubjpass") and actors.at(x) is not None:
                return [x]
    return []


def _agent(t: Token) -> Token | None:
    """The doer of a verb, through relative clauses, participles, conjuncts and control verbs."""
    for c in t.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in ("that", "which", "who") and t.dep_ == "relcl":
                return t.head
            return c
    if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    if t.dep_ in ("xcomp", "conj", "advcl", "pcomp") and t.head.i != t.i:
        head = t.head
        if t.dep_ == "pcomp" and head.head.i != head.i:  # "respond by arming"
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return _agent(head)
    return None


def _prep_objects(t: Token) -> list[Token]:
    out = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _noun_arguments(t: Token, actors: ActorSet):
    # "talks between Russia and Turkey": the parties are both sides, nobody else.
    between = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
               for g in c.children if g.dep_ == "pobj"]
    parties = _expand(between, actors)
    if len(parties) > 1:
        return parties, []
    src: list[Token] = [c for c in t.children if c.dep_ == "poss"]
    tgt: list[Token] = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            src += [g for g in c.children if g.dep_ == "pobj"]
    # Up the chain: "running a series of negotiations", "came to the fore as the broker of".
    node, steps = t, 0
    while not src and steps < 4 and node.head.i != node.i:
        prev, node = node, node.head
        steps += 1
        preps = [c for c in node.children if c.dep_ == "prep"]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "including with"
        tgt += [g for c in preps if c.lower_ in ("with", "between")
                for g in c.children if g.dep_ == "pobj"]
        if node.pos_ in ("VERB", "AUX"):
            a = _agent(node)
            if a is not None:
                src = [a]
            break
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS + ("of",):
            for g in c.children:
                if g.dep_ == "pobj":
                    tgt.append(g)
                    if g.pos_ == "NOUN" and _actor(g, actors) is None:
                        # "broker of a deal between X and Y": the parties are one step down.
                        tgt += [x for p in g.children if p.dep_ == "prep" and p.lower_ in
                                ("between", "with") for x in p.children if x.dep_ == "pobj"]
    sources = _expand(src, actors)
    targets = [a for a in _expand(tgt, actors) if a not in sources]
    return sources, targets


def _expand(toks: list[Token], actors: ActorSet, create: bool = False) -> list[ActorInfo]:
    out: list[ActorInfo] = []
    seen = set()
    for tok in toks:
        for x in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            a = _actor(x, actors, create=create)
            if a is not None and a.id not in seen:
                seen.add(a.id)
                out.append(a)
    return out


def _actor(tok: Token, actors: ActorSet, create: bool = False) -> ActorInfo | None:
    a = actors.at(tok)
    if a is not None:
        return a
    for c in tok.children:  # "the convoy of Russia": no; "groups of rebels": the head's modifier
        if c.dep_ in ("compound",) and actors.at(c) is not None and actors.at(c).kind == "group":
            return actors.at(c)
    if tok.lower_ in PRONOUNS and tok.lower_ not in ("it",):
        return resolve_pronoun(tok.doc, actors, tok)
    if create and tok.pos_ == "NOUN" and tok.lemma_.lower() not in ABSTRACT:
        start = min([c.i for c in tok.lefts if c.dep_ in ("amod", "compound", "det", "nummod")]
                    + [tok.i])
        while start < tok.i and tok.doc[start].lower_ in DETERMINERS:
            start += 1
        name = tok.doc[start:tok.i + 1].text
        key = "other:" + name.lower()
        a = next((x for x in actors.actors if x.key == key), None)
        if a is None:
            a = ActorInfo(id=f"a{len(actors.actors) + 1}", name=name, kind="other", key=key,
                          evidence="event argument")
            actors.actors.append(a)
        actors.add_mention(a, start, tok.i + 1)
        return a
    return None


# -- modality, date, place ---------------------------------------------------------------------
def _negated(t: Token) -> bool:
    if any(c.dep_ == "neg" for c in t.children):
        return True
    if t.pos_ == "NOUN" and any(c.lower_ == "no" for c in t.children):
        return True
    return False


def _modality(t: Token, quotes: list[QuoteInfo]) -> str:
    cues = cameo.modality_cues()
    node, steps = t, 0
    while steps < 6:
        for c in node.children:
            w = c.lower_
            if c.dep_ in ("aux",) and (w in HYPOTHETICAL_AUX or cues.get(w) == "hypothetical"):
                return "hypothetical"
            if c.dep_ == "mark" and (w in HYPOTHETICAL_MARKS or cues.get(w) == "hypothetical"):
                return "hypothetical"
        lemma = node.lemma_.lower()
        if node is not t:
            if lemma == "deny" or cues.get(lemma) == "denied":
                return "denied"
            if lemma in INTENT_HEADS or cues.get(lemma) == "intended":
                return "intended"
            if cues.get(lemma) == "hypothetical":
                return "hypothetical"
        if node.head.i == node.i or node.dep_ in ("ROOT",):
            break
        if node.dep_ in ("ccomp",) and node.head.lemma_.lower() not in INTENT_HEADS:
            break  # reported speech: what the speaker said is judged by the quote below
        node, steps = node.head, steps + 1
    if any(q.start <= t.idx < q.end for q in quotes):
        return "reported"
    return "asserted"


def _date(t: Token, published: str | None) -> str | None:
    sent = t.sent
    dates = [e for e in sent.ents if e.label_ == "DATE"]
    if not dates:
        return None
    # The date phrase attached to this trigger, else the sentence's only one.
    for e in dates:
        head = e.root
        # Up to the clause the date phrase belongs to; through control verbs ("tried to come
        # … over the weekend"), not into another clause.
        while head.head.i != head.i and head.i != t.i and head.dep_ not in CLAUSE_DEPS:
            head = head.head
        if head.i == t.i:
            return resolve_date(e.text, published)
    return resolve_date(dates[0].text, published) if len(dates) == 1 else None


def _place(t: Token, places: list[tuple[int, int, str]]) -> str | None:
    sent = t.sent
    inside = [p for p in places if sent.start_char <= p[0] < sent.end_char]
    if not inside:
        return None
    for s, _e, pid in inside:
        tok = t.doc.char_span(s, _e, alignment_mode="expand")
        if tok is None:
            continue
        node = tok.root
        for _ in range(4):
            if node.head.i == node.i:
                break
            if node.head.i == t.i:
                return pid
            node = node.head
    return inside[0][2] if len(inside) == 1 else None
