"""Descriptions of a speaker: whom "the spokesman", "the Republican nominee", "the campaign" or
"the company" stands for, and how a speaker known only by a description is coded.

A descriptor is the actor an earlier mention with the same words named, or the one named actor
with that role; else, for a definite description of a person, the person last named with that
role, office, party or sex (else the person last named, unless the role is held for someone
else: "the spokesman"), and for "the campaign", "the company", "the newspaper" the body of that
kind last named.

Split from ``dyad.nlp.speakers``, which finds the speaker and resolves names and pronouns.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dyad.knowledge import data_rows, load_knowledge
from dyad.nlp.actor_mentions import related_by_prep
from dyad.nlp.actor_owners import OWNER_KINDS, owner_of
from dyad.nlp.actor_phrases import SPEAKERS
from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.speaker_names import agreed_gender, mention_root, roles_of, unnamed_before, untitled
from dyad.nlp.speaker_salience import nearness, paragraph, quoted_spans, within

# Nouns that describe a person without being a role of roles.csv ("the Wisconsin Republican",
# "the defender"): data/person_nouns.csv
PERSON_NOUNS = frozenset(r["term"] for r in data_rows("person_nouns.csv"))
PARTIES = {"republican": ("republican", "gop"), "gop": ("republican", "gop"),
           "democrat": ("democratic", "democrat"), "democratic": ("democratic", "democrat")}
# "the campaign" is the campaign last named ("the Sanders campaign"), "the party" the party
GROUP_HEADS = {"campaign", "team", "administration", "committee", "party", "department",
               "ministry", "company", "bank", "fund", "foundation", "agency", "court", "union",
               "council", "commission", "institute", "organization", "network", "group",
               "association", "board", "coalition", "alliance", "society", "center"}
# Where no body named before is called by the description's noun ("the group" after "the
# National Rifle Association"), a body named in the same or the sentence before is meant,
# unless the text has met one by that noun without a name ("a group of rabbis … the group")
INDEFINITE = {"a", "an", "another", "one"}
# British spellings of a body's noun: "the center" after the "European Centre" is that centre
SPELLINGS = {"centre": "center", "organisation": "organization", "programme": "program",
             "defence": "defense", "labour": "labor"}
# "the company" is the business last named, whatever its name
COMPANY_HEADS = {"company", "firm", "corporation", "retailer", "automaker", "airline", "insurer",
                 "lender", "manufacturer", "conglomerate"}
# "the agency" is the government body last named, whatever its name ("the State Department"):
# one of these sectors (a police force or an intelligence service is an agency too: "the FBI")
GOVERNMENT_HEADS = {"agency", "department", "ministry", "bureau"}
GOVERNMENT_SECTORS = {"GOV", "COP", "SPY"}
# "the newspaper" is the news organisation last named, whatever its name
MEDIA_HEADS = {"newspaper", "paper", "network", "magazine", "outlet", "channel", "broadcaster",
               "publication", "daily", "tabloid", "station"}
# The heads of a description that names a body, not a person ("the campaign", "the firm")
BODY_HEADS = GROUP_HEADS | MEDIA_HEADS | COMPANY_HEADS | GOVERNMENT_HEADS
# Who works for a newspaper: "the editors of The Advocate" make The Advocate one
MEDIA_STAFF = {"editor", "editorial", "columnist", "publisher", "reporter", "correspondent"}
# What a story's main figure is called ("the candidate", "the businessman", "the billionaire"):
# the person the text has named most often fits them better than whoever was named last; each
# mention before the description counts MENTION_WEIGHT tokens nearer
FIGURE_NOUNS = {"candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful",
                "businessman", "businesswoman", "billionaire", "magnate", "mogul", "tycoon"}
MENTION_WEIGHT = 10
# Roles held for someone else: "the spokesman" is not whoever was last named, but their agent
AGENT_ROLES = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
               "official", "source", "lawyer", "attorney", "judge", "staffer", "assistant"}
# How far after a description (tokens) the one holder of its role may be named for it
LATER_REACH = 200
# What speaks for the person who owns it: "his office said", "Smith's office said" are Smith
OWNER_VOICES = {"office"}
# Nouns that say a person's sex ("the New York businessman" is not the woman last named)
NOUN_GENDER = {**dict.fromkeys(("businessman", "congressman", "spokesman", "husband", "father",
                                "son", "brother", "man", "boy", "grandfather", "king"), "male"),
               **dict.fromkeys(("businesswoman", "congresswoman", "spokeswoman", "wife",
                                "mother", "daughter", "sister", "woman", "girl", "actress",
                                "widow", "grandmother", "queen", "lady"), "female")}

def code_descriptor(a: ActorInfo, tok: Token, actors: ActorSet) -> None:
    """Code a speaker known only by a description as the actor finder codes a title: "the
    government's spokesman" is a person of the government's country who speaks for it, so its
    sector first; "the ministry's officials" a group of the same."""
    role = load_knowledge().role(tok.lemma_)
    if role is not None and role.kind == "person":
        a.kind = a.kind if tok.tag_ in ("NNS", "NNPS") else "person"
        a.role = role.term
        a.add_sector(role.sector)
    owner = next((o for c in tok.children if c.dep_ == "poss"
                  for o in [actors.at(c)] if o is not None), None)
    pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in OWNER_KINDS),
                   None)
    if owner is None and pronoun is not None and role is not None:  # "his spokesman": whose
        owner = owner_of(pronoun, actors, tok.doc)
    if owner is None and role is not None:
        # "a spokesman for President Ann Lee", "aides to Lee": whom the title serves
        owner = next((o for x in tok.subtree if x.i > tok.i and x.dep_ == "pobj"
                      for o in [actors.at(x)] if o is not None and o.kind == "person"
                      and related_by_prep(actors, x, tok)), None)
    if owner is not None and (owner.kind != "person" or role is not None):
        # a body's or a state's own; a person's only through an office held for them
        # ("Putin's spokesman"), not a relation ("her husband")
        a.affiliation = owner.id
        a.country = owner.country
        if owner.sector and a.role in SPEAKERS:
            a.put_first(owner.sector)
    if a.country or a.sector:
        a.code = a.sector_code()


def described(doc: Doc, actors: ActorSet, tok: Token, start: int, end: int,
               own: ActorInfo | None = None) -> ActorInfo | None:
    """The actor a descriptor headed by ``tok`` stands for: the one an earlier mention with the
    same words named, else the one named actor with that role, else the one the description
    points back to; ``own``, an actor the descriptor already made of its own, is not one."""
    met = described_before(doc, actors, start, end, own)
    role = tok.lemma_.lower()
    # a named holder of the role ("governor of New Jersey" holds "governor"), named before the
    # description, any office the dictionary knows them to have held counting; "the governor"
    # known only as such is no help
    same_role = [x for x in actors.actors
                 if not untitled(x) and any(s < start for s, _ in x.mentions)
                 and has_role(doc, x, role)]
    if met is None and len(same_role) == 1:
        met = same_role[0]
    # the one holder of the role the text names, named only after the description ("the judge
    # said …", later "Judge Berman"; an article opening on "The dean of the school said …")
    later = None if same_role else named_later(doc, actors, role, start)
    if met is None and role in AGENT_ROLES:
        # a role held for someone else points back to no one by itself, but "the spokesman"
        # is the unnamed one just met ("said a Home Office spokesman. … The spokesman added")
        met = later or unnamed_before(doc, actors, tok, start, end, own)
    if met is not None and nameless(met):
        # the same words made an actor of their own before ("the candidate" twice): whom they
        # point back to, where the text named someone they fit
        return described_after(doc, actors, tok, start, end) or described_as(
            doc, actors, tok, start) or met
    return met if met is not None else (described_after(doc, actors, tok, start, end)
                                        or described_as(doc, actors, tok, start) or later)


def named_later(doc: Doc, actors: ActorSet, role: str, start: int) -> ActorInfo | None:
    """The one person the text gives ``role``, when it names them only after token ``start``,
    within LATER_REACH tokens (a holder named paragraphs on may hold the role for someone
    else: "the former top aide to President Bush" is not Nixon's "aide Kevin Phillips")."""
    holders = [x for x in actors.actors if x.kind == "person" and not untitled(x)
               and has_role(doc, x, role)]
    if len(holders) == 1 and start < min(s for s, _ in holders[0].mentions) <= (
            start + LATER_REACH):
        return holders[0]
    return None


def described_after(doc: Doc, actors: ActorSet, tok: Token, start: int, end: int
                    ) -> ActorInfo | None:
    """The person the same words name later in the text: "Smith's campaign manager said …"
    then "Smith's campaign manager, Ann Lee, …" or "Ann Lee, Smith's campaign manager, …"."""
    def words(s: int, e: int) -> list[str]:
        return [t.lower_ for t in doc[s:e] if t.dep_ not in ("det", "punct")]

    if tok.tag_ in ("NNS", "NNPS"):
        return None  # "officials" are no one person
    want = words(start, end)
    lemma = tok.lemma_.lower()
    if len(want) < 2:
        return None  # "the senator" alone names no one in particular
    for t in doc[end:]:
        if t.lemma_.lower() != lemma or words(t.left_edge.i, t.i + 1) != want:
            continue
        named = named_within(actors, t)
        if named is None and t.dep_ == "appos":
            named = actors.at(t.head)
        if named is not None and named.kind == "person" and not untitled(named) and (
                not nameless(named)):
            return named
    return None


NAMING_VERBS = {"know", "call", "name", "dub", "nickname"}


def named_within(actors: ActorSet, tok: Token) -> ActorInfo | None:
    """The named actor a description headed by ``tok`` gives in apposition ("the celebrity
    press ReganBooks", "the group, Acme Watch,"), by a naming clause ("the officer known as
    Bob", "a man named Karl Ortiz") or, for a person, by the name right after it, however the
    parse hung the two ("Smith's lawyer Ann Lee did not respond")."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and (a := actors.at(doc[tok.i + 1])) is not None and (
            a.kind == "person" and not untitled(a)
            and any(s == tok.i + 1 for s, _ in a.mentions)):
        return a
    for x in tok.children:
        if x.dep_ == "appos":
            names = [x]
        elif x.dep_ == "acl" and x.lemma_.lower() in NAMING_VERBS:
            names = [g for c in x.children for g in (
                [c] if c.dep_ in ("oprd", "dobj", "attr") else
                [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and (
                    c.lower_ == "as") else [])]
        else:
            continue
        for n in names:
            a = actors.at(n)
            if (a is not None and n.pos_ == "PROPN" and a.name[:1].isupper()
                    and not untitled(a) and not nameless(a)):
                return a
    return None


def nameless(a: ActorInfo) -> bool:
    """An actor known only by a description: a title ("governor"), a common noun's words
    ("actress") or a kind's bare noun ("Candidate" of a headline, "Newspaper")."""
    word = a.name.lower()
    if untitled(a) or not a.name[:1].isupper() or bare_head(a.name):
        return True
    role = load_knowledge().role(word) if " " not in word else None
    return " " not in word and (word in PERSON_NOUNS or word in FIGURE_NOUNS or (
        role is not None and role.kind == "person"))


def possessor(x: Token, head: Token) -> bool:
    """``x`` names whose the ``head`` noun is ("his campaign", "the governor's spokesman",
    "her husband"): someone other than the one the phrase names."""
    while x.i != head.i and x.head.i != x.i:
        if x.dep_ == "poss":
            return True
        x = x.head
    return False


def described_as(doc: Doc, actors: ActorSet, tok: Token, start: int) -> ActorInfo | None:
    """The named actor a definite description points back to: "the campaign" to the campaign
    last named ("the Sanders campaign"); "the governor", "the billionaire businessman", "the
    Wisconsin Republican" to the person last named with that role or party, else to the person
    last named (news writing varies its references to whoever the story is about)."""
    lemma = tok.lemma_.lower()
    lemma = SPELLINGS.get(lemma, lemma)
    if lemma == "board" and any(c.lower_ == "editorial" for c in tok.lefts):
        # "the editorial board", "the paper's editorial board" speak for the newspaper
        tok = next((c for c in tok.children if c.dep_ == "poss"
                    and c.lemma_.lower() in MEDIA_HEADS), tok)
        lemma = "newspaper"
    if tok.tag_ in ("NNS", "NNPS") or not any(
            (c.dep_ == "det" and c.lower_ in ("the", "this")) or definite_owner(c)
            for c in tok.children):
        return None
    before = [(max(s for s, _ in a.mentions if s < start), a) for a in actors.actors
              if any(s < start for s, _ in a.mentions)]
    if lemma in BODY_HEADS:
        named = [(s, a) for s, a in before if a.name[:1].isupper() and not bare_head(a.name) and (
            (a.kind in ("organization", "group") and len(a.name.split()) > 1
             and name_head(a.name) == lemma)
            or (a.kind == "organization" and lemma in MEDIA_HEADS and "MED" in a.sector)
            or (a.kind == "organization" and lemma in COMPANY_HEADS and "BUS" in a.sector)
            or (a.kind == "organization" and lemma in GOVERNMENT_HEADS
                and GOVERNMENT_SECTORS.intersection(a.sector)))]
        # a body the text introduced with the noun ("the abortion rights group Acme", "Acme,
        # the state's largest newspaper") is called by it, whatever its own name's head
        shown = {id(a) for _, a in introduced_as(doc, actors, lemma, start)
                 if a.kind in ("organization", "group")}
        named += [(s, a) for s, a in before if id(a) in shown and (s, a) not in named]
        last = max(named, key=lambda x: x[0]) if named else None
        if lemma in COMPANY_HEADS and len(named) > 1:
            # "the company" of a story about one is that one, though another was named since
            # ("Unilever … Oil giant Shell dismantled … The company said"): as "the candidate"
            # of a profile, each earlier mention counts nearer
            top = salient(doc, [a for _, a in named], start, MENTION_WEIGHT)
            last = next(x for x in named if x[1] is top) if top is not None else last
        if lemma in MEDIA_HEADS:
            # a paper known by its staff ("the editors of The Advocate"), named since
            staff = [o for o in staff_owners(doc) if o.i < start and (last is None or o.i > last[0])]
            if staff:
                return staffed_paper(actors, staff[-1])
        if last is None and lemma not in GOVERNMENT_HEADS | COMPANY_HEADS | MEDIA_HEADS:
            # a body of a kind the noun says ("the agency") is one of that kind or none
            news = any(c.lower_ in ("news", "media") for c in tok.lefts)
            return recent_body(doc, before, lemma, start, news)
        return last[1] if last else None
    # "the Texan", "the New Yorker": one of a people, a person
    demonym = tok.ent_type_ == "NORP" and tok.tag_ in ("NNP", "NN") and tok.pos_ != "ADJ"
    lemma = hyphened(tok) or lemma
    if tok.is_title and lemma not in PERSON_NOUNS and lemma not in NOUN_GENDER and not demonym:
        return None  # a name ("the New Hampshire Union Leader"), not a description
    kb = load_knowledge()
    of = next((g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"), None)
    # (a role of two words names a person by both: "the world record holder")
    pair = f"{tok.doc[tok.i - 1].lower_} {lemma}" if tok.i > 0 and (
        tok.doc[tok.i - 1].dep_ == "compound" and tok.doc[tok.i - 1].head.i == tok.i) else None
    role = kb.roles.get(lemma) or kb.roles.get(tok.lower_) or kb.roles.get(f"{lemma} of {of}") or (
        kb.roles.get(pair) if pair else None)
    if not ((role is not None and role.kind == "person") or lemma in PERSON_NOUNS
            or lemma in NOUN_GENDER or demonym or aged(tok)):
        return None
    people = [(s, a) for s, a in before if a.kind == "person" and a.name[:1].isupper()
              and not kb.roles.get(a.name.split()[-1].lower())]
    # any office the dictionary knows the person held counts: articles may predate the current one
    # "the Russian leader" is no American
    country = next((kb.adjectives.get(c.text) or kb.country_names.get(c.text)
                    for c in tok.lefts if c.text in kb.adjectives or c.text in kb.country_names),
                   None)
    if country:
        people = [(s, a) for s, a in people if a.country in (None, country)]
    gender = NOUN_GENDER.get(lemma)
    if gender:
        people = [(s, a) for s, a in people if agreed_gender(doc, a) in (None, gender)]
    # a party's member holds no office by it ("the Republican" is no "Rep.")
    pool = [] if lemma in PARTIES else [(s, a) for s, a in people if any(
        holds(r, lemma) for r in roles_of(doc, a))]
    # "the Florida senator" of two senators: the one the place was named beside ("Florida Sen.
    # Marco Rubio", "Bernie Sanders, the Vermont senator")
    place = {c.lower_ for c in tok.lefts if c.pos_ == "PROPN" and c.lower_ not in PARTIES}
    if place and len(pool) > 1:
        pool = [(s, a) for s, a in pool if any(doc[j].lower_ in place for m, e in a.mentions
                                               for j in range(max(0, m - 3), e))] or pool
    words = {c.lower_ for c in tok.lefts} | {lemma}
    party = next((PARTIES[w] for w in words if w in PARTIES), None)
    if not pool and party:
        # one of the party, or whose party the text does not say; not one of another party
        others = tuple({w for p in PARTIES.values() if p != party for w in p})
        pool = [(s, a) for s, a in people if not in_party(actors, a, others)]
    if not pool and lemma in AGENT_ROLES and not any(c.dep_ == "relcl" for c in tok.children):
        # "the spokesman" speaks for someone; "the lawyer who ran three marathons" is someone
        # the text has been about
        return None
    # no one named with that role: like a pronoun, the description carries on whom the text
    # was just about; of several named with it, the same holds among them
    weight = MENTION_WEIGHT if lemma in FIGURE_NOUNS and not pool else 0
    found = salient(doc, [a for _, a in pool or people], start, weight)
    # a holder named only inside quotation marks is still the one the role names
    return found or (max(pool, key=lambda x: x[0])[1] if pool else None)


# Bodies a person owns, named as the text names them ("Clinton campaign")
OWNED_BODIES = {"campaign"}
NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


def campaign_of(actors: ActorSet, tok: Token, resolve: Callable[[Token], ActorInfo | None]
                ) -> ActorInfo | None:
    """The campaign a person's possessive or "of" phrase says ``tok`` is ("his campaign",
    "Mrs. Lee's campaign", "the campaign of Ann Lee"): named as news writing names one ("Lee
    campaign"), the actor the text has by that name or a new one. ``resolve`` says whom a
    possessive pronoun stands for."""
    lemma = tok.lemma_.lower()
    if lemma not in OWNED_BODIES or tok.tag_ != "NN":
        return None
    by = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None)
    if by is None:
        return None
    owner = resolve(by) if by.lower_ in ("his", "her") else actors.at(by)
    if owner is None or owner.kind != "person" or nameless(owner):
        return None
    words = [w for w in owner.name.split() if w.lower() not in NAME_SUFFIXES]
    name = f"{words[-1]} {lemma}"
    same = next((a for a in actors.actors if a.name.lower() == name.lower()
                 and a.kind in ("organization", "group")), None)
    if same is None:
        same = actors.new(name=name, kind="organization", key="campaign:" + name.lower(),
                          evidence=f"{lemma} of {owner.name}")
        same.country, same.affiliation = owner.country, owner.id
        role = load_knowledge().role(lemma)
        same.add_sector(role.sector if role is not None else ())
        same.code = same.sector_code() or None
    return same


def introduced_as(doc: Doc, actors: ActorSet, lemma: str, start: int
                  ) -> list[tuple[int, ActorInfo]]:
    """The named actors the text describes before token ``start`` with a noun of ``lemma``, with
    where: in apposition ("Ann Lee, a democratic socialist," or "the group, Acme Watch,"), as
    a title before the name ("the rights group Acme Watch", "casino magnate Bo Ray"), or after
    a copula ("Lee is a pastor"). A description resolved by pointing back is no such evidence."""
    out = []
    guesses = guessed(doc)
    for t in doc[:start]:
        if t.pos_ != "NOUN" or (hyphened(t) or t.lemma_.lower()) != lemma or any(
                s <= t.i < e for s, e in guesses):
            continue
        named = None
        if (t.dep_ == "appos" and t.head.i < t.i) or (
                t.dep_ in ("compound", "nmod") and t.head.i > t.i and t.head.pos_ == "PROPN"):
            named = actors.at(t.head)
        elif t.dep_ == "attr" and t.head.lemma_ == "be":
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            named = actors.at(subj) if subj is not None else None
        if named is None:
            named = named_within(actors, t)
        own = actors.at(t)
        if named is not None and (own is None or own is named) and (
                named.name[:1].isupper() and not untitled(named) and not nameless(named)):
            out.append((t.i, named))
    return out


def salient(doc: Doc, people: list[ActorInfo], start: int, weight: int = 0
            ) -> ActorInfo | None:
    """Of ``people``, whom a description at token ``start`` most likely points back to: as for
    a pronoun, the most recent mention, the subject of a main clause counting as nearer than a
    name in passing, and names inside quotation marks being what someone said ("“… what Rubio
    has done …,” the Senate minority leader said" is not Rubio); each earlier mention counts
    ``weight`` tokens nearer."""
    quoted = quoted_spans(doc)
    starts = [s for s, _ in quoted]
    inside = within(quoted, starts, doc[start].idx)
    pool = [(max(near) + weight * len(near), a) for a in people if (near := [
        nearness(mention_root(doc, s, e), frozenset(), False) for s, e in a.mentions
        if s < start and (inside or not within(quoted, starts, doc[s].idx))])]
    return max(pool, key=lambda x: x[0])[1] if pool else None


def person_noun(tok: Token) -> bool:
    """Whether a description's head noun names a person ("front-runner", "senator",
    "businessman"), not a body or a thing."""
    lemma = hyphened(tok) or tok.lemma_.lower()
    role = load_knowledge().roles.get(lemma)
    return (role is not None and role.kind == "person") or lemma in PERSON_NOUNS or (
        lemma in FIGURE_NOUNS or lemma in NOUN_GENDER) or aged(tok)


def aged(tok: Token) -> bool:
    """A description that gives its one an age ("the 28-year-old world number one", "the
    41-year-old chart-topper"): a person's, whatever its head noun, unless that noun is a
    body's ("the 150-year-old company")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NN", "NNP") and lemma not in BODY_HEADS and any(
        c.dep_ == "amod" and hyphened(c) == "year-old" for c in tok.lefts)


def name_head(name: str) -> str:
    """The noun a body's name is headed by, lower-cased: its last word, or the last before "of"
    or "for" ("Illinois Board of Elections" is a board, "Center for American Progress" a
    center)."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    return SPELLINGS.get(words[cut - 1], words[cut - 1])


def definite_owner(c: Token) -> bool:
    """A possessor that makes a description definite without naming anyone: "the nation's
    largest gun group", "the country's oldest union"."""
    return c.dep_ == "poss" and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in c.children)


def recent_body(doc: Doc, before: list[tuple[int, ActorInfo]], lemma: str, start: int,
                news: bool = False) -> ActorInfo | None:
    """The organisation named last in the sentence of token ``start`` or the one before it,
    for a body's description that no name before calls by its noun; none where the text met
    an unnamed body by that noun in the same paragraph ("a group of rabbis"): one met
    paragraphs before ("a group dressed in T-shirts") is no longer what the noun points to."""
    para = paragraph(doc[start])
    if any(t.lemma_.lower() == lemma and paragraph(t) == para and any(
            c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children)
           for t in doc[:start]):
        return None
    quoted = quoted_spans(doc)
    starts = [s for s, _ in quoted]
    prev = doc[start].sent.start
    while prev > 0:
        # the sentence before, a quotation's sentences not counting: in '… issued a statement.
        # "…," the group said' the statement's sentence is the one before
        sent = doc[prev - 1].sent
        prev = sent.start
        if any(t.is_alpha and not within(quoted, starts, t.idx) for t in sent):
            break
    # a body named in what someone says ("“The Candidate is …,” the board said") is no referent;
    # nor, unless the description says news ("the news organization"), a news outlet, named for
    # what it reported; nor a body named as the owner of a thing other than what it says or
    # who speaks for it ("reprinting the Post's takedown, the campaign …")
    bodies = [(s, a) for a in {id(a): a for _, a in before}.values() for s, e in a.mentions
              if prev <= s < start and a.kind == "organization" and a.name[:1].isupper()
              and not bare_head(a.name) and not within(quoted, starts, doc[s].idx)
              and (news or "MED" not in a.sector) and not owns_a_thing(mention_root(doc, s, e))]
    return max(bodies, key=lambda x: x[0])[1] if bodies else None


# What a body owns that speaks for it: "Acme's statement", "Acme's spokesman" are Acme's voice
VOICES = {"statement", "letter", "release", "email", "tweet", "memo", "message", "announcement",
          "remark", "comment", "testimony", "spokesman", "spokeswoman", "spokesperson", "official",
          "officials", "leader", "leaders", "president", "chief", "head", "director"}


def owns_a_thing(root: Token) -> bool:
    """A name that owns something other than its voice ("the Post's takedown"): named in
    passing, not as the one a description of a body goes on about."""
    return root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.lower_ not in VOICES


def hyphened(tok: Token) -> str | None:
    """The word a noun ends when hyphens join it to the words before ("front-runner"), where it
    names a person; an age ("the 46-year-old") gives "year-old"."""
    doc, i = tok.doc, tok.i
    words = [tok.lemma_.lower()]
    while i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and (
            not doc[i - 2].whitespace_):
        words.insert(0, doc[i - 2].lower_)
        i -= 2
    if len(words) == 1:
        return None
    word = "-".join(words)
    if words[-2:] == ["year", "old"]:
        return "year-old"
    return word if word in PERSON_NOUNS or word in NOUN_GENDER else None


def bare_head(name: str) -> bool:
    """A body's name that is only the noun for its kind ("Newspaper" of a headline's "Newspaper
    Says …"), no name of its own."""
    low = name.lower()
    return low in GROUP_HEADS or low in MEDIA_HEADS or low in COMPANY_HEADS


def staff_owners(doc: Doc) -> list[Token]:
    """The proper names the text gives a newspaper's staff: "the editors of The Advocate",
    "The Advocate's editorial" give "Advocate"."""
    out = []
    for t in doc:
        if t.lemma_.lower() not in MEDIA_STAFF:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                owners = [g for g in c.children if g.dep_ == "pobj"]
            else:
                owners = [c] if c.dep_ == "poss" else []
            out += [o for o in owners if o.pos_ == "PROPN"]
    return sorted(out, key=lambda o: o.i)


def staffed_paper(actors: ActorSet, o: Token) -> ActorInfo:
    """The newspaper ``o`` names, made an actor of its own where it is none yet."""
    a = actors.at(o)
    if a is not None:
        return a
    words = [c for c in o.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [o]
    name = " ".join(w.text for w in words)
    a = next((x for x in actors.actors if x.key == "speaker:" + name.lower()), None)
    if a is None:
        a = actors.new(name=name, kind="organization", key="speaker:" + name.lower(),
                       evidence="newspaper by its staff")
        a.add_sector(["MED"])
    actors.add_mention(a, words[0].i, o.i + 1)
    return a


def has_role(doc: Doc, a: ActorInfo, role: str) -> bool:
    """Whether one of the roles ``a`` is known by ends on ``role`` before any "of" ("governor of
    New Jersey" is a "governor")."""
    return any(r and r.split(" of ")[0].split()[-1] == role for r in roles_of(doc, a))


def holds(role: str, noun: str) -> bool:
    """Whether a stored role ("governor of new jersey", "gov.", "lt. gov.") is one that
    ``noun`` names: the same word, or an abbreviation of it ("gov." of "governor", "sen." of
    "senator")."""
    return any(w == noun or (w.endswith(".") and len(w) > 2 and noun.startswith(w[:-1]))
               for w in role.split())


def in_party(actors: ActorSet, a: ActorInfo, party: tuple[str, ...]) -> bool:
    org = actors.get(a.affiliation)
    return org is not None and any(w in org.name.lower() for w in party)


def described_before(doc: Doc, actors: ActorSet, start: int, end: int,
                      own: ActorInfo | None = None) -> ActorInfo | None:
    """The actor an earlier mention with the same words named ("Donald Trump, the Republican
    nominee, …" then "the Republican nominee said"), the most recent one."""
    def words(s: int, e: int) -> list[str]:
        return [t.lower_ for t in doc[s:e] if t.dep_ not in ("det", "punct")]

    want = words(start, end)
    if not want:
        return None
    best: tuple[int, ActorInfo] | None = None
    guesses = guessed(doc)
    for a in actors.actors:
        for s, e in a.mentions if a is not own else ():
            if s < start and e - s >= len(want) and (best is None or s > best[0]) and (
                    doc[e - 1].lower_ == want[-1] and words(s, e) == want) and (
                    (s, e) not in guesses):
                best = (s, a)
    return best[1] if best else None


GUESSED = "dyad.guessed_descriptions"  # user_data key: descriptions resolved by pointing back


def guessed(doc: Doc) -> list[tuple[int, int]]:
    """The token spans of descriptions resolved by pointing back to someone named before: no
    evidence of whom the same words stand for later ("the actress" of one paragraph is not
    the one of the next). A list, not a set: user_data must be of types msgpack writes, for
    ``Doc.to_bytes`` and spaCy's ``n_process``."""
    return doc.user_data.setdefault(GUESSED, [])
