"""Events: who did what to whom, found over the dependency parse and coded by a classifier.

A trigger is a token that fits a row of ``data/verbs.csv`` (lemma, preposition, object), or a
sentence's root verb, or a verb with an actor as subject or object. The classifier
(``event_model``, trained by ``dyad train events``) codes each trigger's category; the
dictionary's row is kept where the model agrees with it or nearly so, and gives the 3–4 digit
code. Without a model the dictionary alone codes its rows. Sources and targets come from
``event_args``; coordination yields one event per pair, and parties coordinated in cooperation
(or in a concession with no one else named: "declared a ceasefire") act with each other. An
announced intent ("will release") is coded as the intent (03x, 13x).
Negation, modality, date and place come from ``event_context``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, POS
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from dyad import cameo
from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.cue_phrases import load_cues
from dyad.nlp.event_args import arguments
from dyad.nlp.event_context import INTENT_HEADS, READY, event_date, event_place
from dyad.nlp.event_context import modality as event_modality
from dyad.nlp.event_context import negated as is_negated
from dyad.nlp.event_model import (
    CATEGORY_PENTA,
    EventModel,
    category_of,
    default_model,
    features,
    sentence_features,
)
from dyad.nlp.event_parties import NAMED, QUANTITIES, actor_of, agent_of, depth, givers_of
from dyad.nlp.event_phrases import act_noun
from dyad.nlp.quotes import QuoteInfo

# The root code of each classifier category (roots whose PLOVER category is the one named).
CATEGORY_CODES = {"STATEMENT": "01", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05",
                  "COOPERATE": "06", "AID": "07", "YIELD": "08", "REQUEST": "10", "ACCUSE": "11",
                  "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
                  "SANCTION": "16", "COERCE": "17", "ASSAULT": "19"}
# An announced intent is coded as the intent (CAMEO 03x, 13x), not as the act it announces.
INTENT_CODES = {"COOPERATE": "031", "AID": "033", "YIELD": "035", "CONSULT": "036",
                "SUPPORT": "032", "SANCTION": "131", "PROTEST": "133", "COERCE": "137",
                "ASSAULT": "138", "MOBILIZE": "138"}
# Cooperation withheld is coded as the matching rejection (CAMEO 12x).
REFUSAL_CODES = {"AGREE": "120", "CONSULT": "125", "SUPPORT": "127", "COOPERATE": "121",
                 "AID": "121", "YIELD": "124"}
INTENT_WORDS = {"plan", "intend", "vow", "pledge", "promise", "threaten", "offer", "propose",
                "agree", "willing", "ready", "prepared", "decide", "expect", "aim", "want",
                "hope", "commit", "undertake", "announce"}
# Verbs that report a state or a thought, not an event, unless the dictionary says otherwise.
NOT_TRIGGERS = {"be", "have", "seem", "appear", "become", "remain", "know", "think", "believe",
                "matter", "suppose", "do", "get", "need", "want", "like", "feel", "mean",
                # aspect, not action: "continued to obstruct" is the obstruction's event
                "continue", "keep", "begin", "start", "go", "respond"}
# The model's probability that a verb no dictionary row names must reach to be an event. Most
# such verbs in real articles are no events: this bar keeps about 11 events an article on BBC
# news (100 articles; a lower bar adds dyads on the PLV data but mostly noise on the news).
FALLBACK_MIN = 0.42
# The dictionary's row stands where the model gives its category at least this share of the
# probability of the model's own choice.
CLOSE_RATIO = 0.5
# An event told as the background of another ("weapons seized during the war", "after the
# bombing") is seldom the one its sentence reports: its confidence is scaled by this, so that
# the sentence's top event is the act reported (pentacode macro-F1 0.848 -> 0.850 in 5-fold CV).
BACKGROUND = 0.6
# So is an event that may or must happen ("said North Korea must disarm"): the sentence
# reports the saying, a demand (macro-F1 0.850 -> 0.852).
HYPOTHETICAL = 0.6
BACKGROUND_MARKS = {"after", "following", "before", "amid", "amidst", "during", "since", "when",
                    "as", "while", "despite", "until", "once"}
SYMMETRIC_ROOTS = {"03", "04", "05", "06", "19"}
# Concessions that parties make together, with no other party named, they make to each other
# ("Turkey and Russia declared a ceasefire").
MUTUAL_ROOTS = {"08"}
# Words that make an act one its doers do together, whatever its category.
JOINT = {"joint", "jointly", "together", "bilateral", "combined"}


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
                published: str | None = None,
                model: EventModel | None | str = "default") -> list[EventInfo]:
    """Every event in the Doc. ``model`` codes the category of each trigger (the shipped model by
    default; None codes from the verb-pattern dictionary alone)."""
    if isinstance(model, str):
        model = default_model()
    events: list[EventInfo] = []
    found = event_candidates(doc, actors, with_fallback=model is not None)
    main = main_candidates(found)
    sentences: dict[int, list[str]] = {}
    dates = [e for e in doc.ents if e.label_ == "DATE"]  # read once, not once a trigger
    for t, pattern in found:
        events.extend(_code(doc, t, pattern, actors, quotes, places or [], published, model,
                            t.i in main, sentences, dates))
    return events


def event_candidates(doc: Doc, actors: ActorSet, with_fallback: bool = True
                     ) -> list[tuple[Token, cameo.Pattern | None]]:
    """Trigger tokens with their dictionary row: every token that fits a row of verbs.csv, and
    (``with_fallback``) each sentence's root verb and each verb with an actor as subject or
    object, which the classifier codes without a row."""
    table = cameo.patterns()
    matched_verbs: set[int] = set()
    found: list[tuple[Token, cameo.Pattern | None]] = []
    verbs: list[Token] = []
    # the tags read as one array, so that only verbs and nouns become Token objects
    for i, (tag, ent) in enumerate(doc.to_array([POS, ENT_TYPE]).tolist() if len(doc) else ()):
        pos = _POS_KIND.get(tag)
        if pos is None or (tag == PROPN and ent):
            continue
        t = doc[i]
        if pos == "verb":
            verbs.append(t)
        cands = table.get((pos, t.lemma_.lower())) or table.get((pos, t.lower_))
        if not cands:
            continue
        kids = list(t.children)  # read once for all the rows tried
        pattern = next((p for p in cands if _fits(t, p, actors, kids)), None)
        if pattern is not None:
            found.append((t, pattern))
            if pos == "verb":
                matched_verbs.add(t.i)
    # "lifted sanctions" is the verb's event, not also the noun's.
    found = [(t, p) for t, p in found if not (p.pos == "noun" and (
        t.dep_ == "compound" or _under_matched_verb(t, matched_verbs)))]
    if with_fallback:
        have = {t.i for t, _ in found}
        # The heads of actors that stand as a subject or object: one pass over the actors'
        # tokens instead of over every verb's children.
        acted = {doc[i].head.i for i in actors.by_token
                 if doc[i].dep_ in ("nsubj", "dobj", "nsubjpass", "dative")}
        for t in verbs:
            if t.i in have or not t.is_alpha:
                continue
            if t.dep_ == "ROOT" or t.i in acted:
                t = _complement_trigger(t)
                if t.i not in have and t.lemma_.lower() not in NOT_TRIGGERS:
                    have.add(t.i)
                    found.append((t, None))
        found.sort(key=lambda x: x[0].i)
    return found


def _complement_trigger(t: Token) -> Token:
    """"tried to come to an agreement", "is willing to provide": a control verb's event, or a
    readiness's, is its complement's."""
    lemma = t.lemma_.lower()
    heads = [t] if lemma in INTENT_HEADS else []
    if lemma == "be":
        heads = [c for c in t.children if c.dep_ == "acomp" and c.lemma_.lower() in READY]
    for h in heads:
        x = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if x is not None:
            return x
    return t


def _failed(t: Token) -> bool:
    """"failed to reach", "refused to release": the complement of a verb of not doing."""
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in ("fail", "refuse", "decline")


def _expressed_intent(t: Token) -> bool:
    """"will release", "vowed to attack", "is willing to withdraw": someone announces the act
    (an attempt, "tried to attack", is the act itself)."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in t.children):
        return True
    node = t
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in INTENT_WORDS:
            return True
    return False


def main_candidates(found: list[tuple[Token, cameo.Pattern | None]]) -> set[int]:
    """Per sentence, the trigger nearest the root of the parse (ties: the earliest): the event
    the sentence is about."""
    best: dict[int, tuple[int, int]] = {}
    for t, _ in found:
        key = (depth(t), t.i)
        start = t.sent.start
        if start not in best or key < best[start]:
            best[start] = key
    return {i for _, i in best.values()}


def _under_matched_verb(t: Token, matched: set[int]) -> bool:
    node = t
    for _ in range(2):
        if node.dep_ not in ("dobj", "nsubjpass", "pobj", "compound", "prep"):
            return False
        node = node.head
        if node.i in matched:
            return True
    return False


_POS_KIND = {VERB: "verb", AUX: "verb", NOUN: "noun", PROPN: "noun"}  # as _pos reads them


def _pos(t: Token) -> str | None:
    if t.pos_ in ("VERB", "AUX"):
        return "verb"
    if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_):
        return "noun"
    return None


def _objects(t: Token, prep: Token | None, kids: list[Token]) -> list[Token]:
    """What a row's `object` may name (see the header of verbs.csv)."""
    if t.pos_ in ("VERB", "AUX"):
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "xcomp")]
    else:
        objs = [c for c in kids if c.dep_ in ("compound", "amod", "nmod")]
    if prep is not None:
        objs += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return objs


def _fits(t: Token, p: cameo.Pattern, actors: ActorSet | None = None,
          kids: list[Token] | None = None) -> bool:
    if kids is None:
        kids = list(t.children)
    prep = _prep(kids, p.prep) if p.prep else None
    if p.prep and prep is None:
        return False
    if p.object:
        objs = _objects(t, prep, kids)
        if p.object == "@actor":
            return any(o.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or o.pos_ == "PRON"
                       or (actors is not None and actors.at(o) is not None) for o in objs)
        if not any(o.lemma_.lower() == p.object or o.lower_ == p.object for o in objs):
            return False
    return True


def _prep(kids: list[Token], word: str) -> Token | None:
    # "called him on Saturday" is no "call on": a phrase of time fits no row's preposition.
    return next((c for c in kids if c.dep_ in ("prep", "prt", "agent", "dative")
                 and (c.lower_ == word or c.lemma_.lower() == word)
                 and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                             for g in c.children)), None)


def _code(doc, t, pattern, actors, quotes, places, published, model, is_main,
          sentences: dict[int, list[str]] | None = None,
          dates: list[Span] | None = None) -> list[EventInfo]:
    sent = t.sent
    if pattern is not None and model is None:
        sources, targets = arguments(t, pattern, actors)
        if targets and not pattern.object:
            # An actor found as the target makes a row that needs one apply ("warned that
            # Russia…" is a warning to Russia: 130, not the bare warning of danger).
            rows = cameo.patterns().get((pattern.pos, pattern.lemma), ())
            pattern = next((p for p in rows if p.object == "@actor" and p.prep == pattern.prep),
                           pattern)
        ev = pattern.describe()
        base = 0.45 + 0.1 * pattern.specificity - (0.1 if pattern.pos == "noun" else 0.0)
    else:
        if sentences is None:
            sentences = {}
        if sent.start not in sentences:
            sentences[sent.start] = sentence_features(sent)
        fallback = pattern is None
        if fallback and not _has_named_agent(t, actors):
            return []  # decided below anyway; checked first because classifying costs more
        pattern, ev, base = _classify(t, pattern, model, is_main, sentences[sent.start])
        sources, targets = arguments(t, pattern, actors)
        if fallback and (base < FALLBACK_MIN or not any(
                a.evidence != "event argument" for a in sources) or (
                base * HYPOTHETICAL < FALLBACK_MIN and event_modality(t, quotes) == "hypothetical")):
            # A verb no dictionary row names is an event only when the model is fairly sure
            # and someone does it: real articles are full of verbs that are not events. One
            # that may or might happen ("the fighters can leave the city") is seldom one.
            return []
        if fallback and targets and all(_one_thing(g, doc) for g in targets) and not any(
                c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                for c in t.children):
            # "raised targets for its fields", "shut its office", "dropped the first set": a
            # verb no row names that acts on a thing is seldom an event CAMEO codes; a
            # statement stays one, about no party ("described the performance as …"). What is
            # given or sent to someone ("gave $2 million to Nigeria's farm sector") may be one.
            if category_of(pattern.cameo, cameo.lookup(pattern.cameo).plover) != "STATEMENT" and (
                    not is_main):
                return []
            targets = []
        if fallback and _unsaid(t, pattern):
            return []
        if fallback and _idle_yield(pattern, targets):
            return []
        if fallback and targets and category_of(
                pattern.cameo, cameo.lookup(pattern.cameo).plover) != "STATEMENT":
            targets = [g for g in targets if not _listener(t, g)]
    if sources and all(_inert(a, doc) for a in sources):
        # "a foot injury forced Tindall out", "the fund will help finance projects": a thing
        # does no act CAMEO codes (an act does: "a car bombing killed 75" is its doers').
        return []
    code = cameo.lookup(pattern.cameo)
    pairs: list[tuple[ActorInfo | None, ActorInfo | None]] = []
    if len(sources) > 1 and (code.root in SYMMETRIC_ROOTS or _joint(t) or (
            code.root in MUTUAL_ROOTS and all(_thing(g, doc) for g in targets))):
        # "Russia and Turkey struck a deal": the parties act with each other, and with a
        # party the act names ("Trump and Putin agreed to share information on North Korea").
        pairs = [(a, b) for a in sources for b in sources if a is not b]
        pairs += [(s, g) for s in sources for g in targets
                  if g.evidence != "event argument" and g not in sources]
    else:
        pairs = [(s, g) for s in (sources or [None]) for g in (targets or [None])
                 if s is None or g is None or s is not g]
    if not sources and not targets:
        return []
    negated = is_negated(t)
    modality = event_modality(t, quotes)
    if modality == "intended" and not negated and _expressed_intent(t):
        intent = INTENT_CODES.get(category_of(code.code, code.plover))
        if intent is not None:
            ev += f"; an announced intent: {code.code} -> {intent}"
            code = cameo.lookup(intent)
    refusal = REFUSAL_CODES.get(category_of(code.code, code.plover))
    if refusal is not None and (negated or _failed(t)):
        # "will not lift the ban", "failed to reach agreement": cooperation withheld is a
        # rejection (CAMEO 12x), and the rejection itself is no negated event.
        ev += f"; cooperation withheld: {code.code} -> {refusal}"
        code, negated = cameo.lookup(refusal), False
    date = event_date(t, published, sent, dates)
    if date is None and published and modality in ("asserted", "reported"):
        date, ev = published, ev + "; date: publication"
    place = event_place(t, places, sent)
    out = []
    for s, g in pairs:
        if model is None:
            conf = base + (0.2 if s else 0) + (0.15 if g else 0)
        else:
            conf = base * (BACKGROUND if _background(t) else 1.0) * (
                HYPOTHETICAL if modality == "hypothetical" else 1.0)
        out.append(EventInfo(
            cameo=code.code, trigger=(t.idx, t.idx + len(t.text)),
            sentence=(sent.start_char, sent.end_char), source=s.id if s else None,
            target=g.id if g else None, negated=negated, modality=modality, date=date,
            place=place, confidence=round(min(conf, 0.99), 3),
            evidence=f"{ev}; source: {_how(s)}; target: {_how(g)}"))
    return out


def _background(t: Token) -> bool:
    """Whether a trigger tells the circumstances of another event rather than an event of its
    own: a reduced or full relative clause ("weapons seized during the war", "civilians who
    were shot"), a time or cause clause ("after a convoy was attacked", "when the plane
    crashed") or phrase ("after the Bali bombing", "amid renewed fighting")."""
    # not an infinitive ("the decision to expel"): that names the act itself
    if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and t.tag_ != "VB":
        return True
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                 for c in t.children):
        return True
    node = t
    for _ in range(3):
        if node.dep_ == "pobj":
            return node.head.lower_ in BACKGROUND_MARKS
        if node.dep_ not in ("conj", "compound", "amod") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _joint(t: Token) -> bool:
    """"Jordan and the US began joint exercises": an act its doers say they do together."""
    acts = [t] + [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lemma_.lower() in JOINT or (c.dep_ == "advmod" and c.lower_ in JOINT)
               for x in acts for c in x.children if c.dep_ in ("amod", "advmod"))


def _thing(a: ActorInfo, doc: Doc) -> bool:
    """Whether an event argument names no party at all ("the trade deal", not "Idlib")."""
    return a.evidence == "event argument" and not any(
        doc[i].ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC")
        for s, e in a.mentions for i in range(s, e))


def _unsaid(t: Token, pattern: cameo.Pattern) -> bool:
    """Whether the model reads a statement into a verb no row names that is no verb of saying
    ("the UK economy grew", "Investors took a dim view", "set up the company"): the model's
    statements are learnt from speech verbs, and on other verbs they are mostly noise."""
    return category_of(pattern.cameo, cameo.lookup(pattern.cameo).plover) == "STATEMENT" and (
        t.lemma_.lower() not in load_cues())


def _one_thing(a: ActorInfo, doc: Doc) -> bool:
    """Whether an event argument is a single thing that names no party ("the range of
    indicators", "its office"); a plural ("militia groups", "its owners"), a name the actors
    missed and a thing that names its party ("the intervention in Yemen") may be parties."""
    return _thing(a, doc) and not any(
        doc[i].pos_ == "PROPN" or doc[i].tag_ in ("NNS", "NNPS")
        or any(x.ent_type_ in NAMED for x in doc[e - 1].subtree)  # "intervention in Yemen"
        for s, e in a.mentions for i in range(s, e))


def _inert(a: ActorInfo, doc: Doc) -> bool:
    """Whether an event argument is one thing, not an act ("the fund", not "the attack")."""
    if not _one_thing(a, doc):
        return False
    heads = [doc[e - 1] for s, e in a.mentions]
    return not any(("noun", h.lemma_.lower()) in cameo.patterns() or act_noun(h)
                   or h.lemma_.lower() in QUANTITIES or _of_many(h) for h in heads)


def _of_many(h: Token) -> bool:
    """"A group of asylum-seekers", "the team of experts": a whole made of people-like plurals."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in c.children) for c in h.children)


def _idle_yield(pattern: cameo.Pattern, targets: list[ActorInfo]) -> bool:
    """Whether the model reads a concession into a verb no row names that yields to no one
    ("EMI shares have sunk", "Keegan has decided to step down", "Federer dropped the first
    set"): a concession is made to a party."""
    return category_of(pattern.cameo, cameo.lookup(pattern.cameo).plover) == "YIELD" and not (
        targets)


def _has_named_agent(t: Token, actors: ActorSet) -> bool:
    """Whether a verb's doer (the by-phrase of a passive, the giver of what is received) is an
    actor the text names."""
    received = givers_of(t, actors)
    if received is not None and any(
            (giver := actor_of(g, actors)) is not None and giver.evidence != "event argument"
            for g in received[0]) and any(x.ent_type_ in NAMED for x in received[1].subtree):
        # "the intervention in Yemen received support from the U.S.": the giver acts, on
        # a party ("the plans faced opposition from campaigners" is done to no one).
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
        toks = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        toks = [x for x in [agent_of(t)] if x is not None]
    for tok in toks:
        for x in [tok, *tok.conjuncts]:
            a = actor_of(x, actors)
            if a is not None and a.evidence != "event argument":
                return True
    return False


def _classify(t: Token, pattern: cameo.Pattern | None, model: EventModel, is_main: bool,
              sentence: list[str]) -> tuple[cameo.Pattern, str, float]:
    """The model's category for a trigger, as the dictionary row that agrees with it (or the
    category's own code), the evidence, and the confidence."""
    dict_cat = None
    if pattern is not None:
        dict_cat = category_of(pattern.cameo, cameo.lookup(pattern.cameo).plover)
    pred = model.predict(features(t, pattern.cameo if pattern else None, dict_cat, sentence))
    pos = "noun" if t.pos_ in ("NOUN", "PROPN") else "verb"
    lemma = t.lemma_.lower()
    close = dict(pred.alternatives).get(dict_cat or "", 0.0) >= pred.probability * CLOSE_RATIO
    rows = cameo.patterns().get((pos, lemma), ())
    senses = {category_of(p.cameo, cameo.lookup(p.cameo).plover) for p in rows}
    if pattern is not None and (dict_cat == pred.category or close):
        # Where the model hesitates between its choice and the row's, the row decides.
        agreed = "agreed by the model" if dict_cat == pred.category else "the model's close second"
        chosen, how = pattern, f"{pattern.describe()}, {agreed}"
    elif pattern is not None and CATEGORY_PENTA[pred.category] == CATEGORY_PENTA[dict_cat] and (
            pred.category not in senses):
        # The model's vote is learnt largely from whole sentences' classes: within the row's
        # own class it may pick another of the word's senses, but not one the dictionary never
        # gives it ("negotiations" are no agreement, "obstruct" no attack).
        chosen, how = pattern, f"{pattern.describe()}, over the model's {pred.category}"
    else:
        row = next((p for p in rows if category_of(p.cameo, cameo.lookup(p.cameo).plover)
                    == pred.category), None)
        code = row.cameo if row is not None else _category_code(pred.category)
        chosen = cameo.Pattern(code, pos, lemma)
        how = f"model: '{lemma}' -> {code}" + (
            f" (verbs.csv said {pattern.cameo})" if pattern is not None else "")
    alts = ", ".join(f"{c} {p:.2f}" for c, p in pred.alternatives)
    ev = f"{how}; {pred.category} p={pred.probability:.2f} (next: {alts})"
    # A subordinate trigger is less often the event the sentence reports.
    conf = pred.probability * (1.0 if is_main else 0.9)
    return chosen, ev, conf


def _listener(t: Token, a: ActorInfo) -> bool:
    """Whether an actor is only whom a report was told to: "told NPR that Russia had…" (a
    that-clause; "told Turkey to withdraw" asks Turkey itself). What the report accuses or
    rejects is aimed at whom its content names, not at the paper or programme that heard it."""
    cue = load_cues().get(t.lemma_.lower())
    if cue is None or not cue.takes_addressee or not any(c.dep_ == "ccomp" for c in t.children):
        return False
    return any(t.doc[i].head.i == t.i and t.doc[i].dep_ in ("dobj", "dative")
               for s, e in a.mentions for i in range(s, e))


def _category_code(category: str) -> str:
    """The CAMEO code a category takes when no dictionary row of the trigger has it."""
    return CATEGORY_CODES[category]


def _how(a: ActorInfo | None) -> str:
    return a.name if a else "none"


# -- modality, date, place ---------------------------------------------------------------------
