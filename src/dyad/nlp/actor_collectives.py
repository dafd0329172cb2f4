"""Unnamed collectives beyond a role noun's own words, read after the role-noun groups of
``dyad.nlp.actor_groups``.

- Members of a named body are a group with the body's sector and country ("Members of the New
  People's Army", "four Taliban members", "Afghan Army trainees").
- A body that a state or group backs is an armed group, not the backer's ("an Iran-allied group":
  REB, no country; one body is an organisation, several a group).
- A thing that names its actor is that actor ("Iraqi warplanes" Iraq's military, "an army base in
  Afghanistan" Afghanistan's army, "police headquarters" the police); the nouns are
  ``data/things.csv`` (an event's party headed by a thing the finder left uncoded is coded after
  the events, by ``dyad.nlp.thing_actors``).
- What follows a group may say whose it is: "troops loyal to X" take X's country, "police in the
  Gaza Strip", "teachers from Denver Public Schools" their place's or body's; the mention then
  takes in the phrase where it names an actor ("an army base in Afghanistan").
- "police", a plural in form only, is a body; a plural title the model took for a name ("The
  Heads of State") is a group of its holders.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from dyad.knowledge import data_rows
from dyad.nlp.actor_countries import BACKING, DETERMINERS
from dyad.nlp.actor_phrases import FORMER, MEMBER_ROLES

if TYPE_CHECKING:
    from dyad.nlp.actor_phrases import PhraseReader
    from dyad.nlp.actors import ActorInfo

# Nouns that say only that a group belongs to a body: the body says who they are.
MEMBERS = frozenset({"member", "ex-member", "trainee", "recruit", "cadre", "loyalist", "personnel",
                     "rank", "affiliate", "operative", "staff", "staffer"})
# Of those, nouns singular in form that name several people ("UN staff", "the company's staff").
COLLECTIVE_MEMBERS = frozenset({"staff", "personnel"})
# Nouns of a number of people: "dozens of IS members", "thousands of protesters" are the group.
QUANTITIES = frozenset({"dozen", "hundred", "thousand", "million", "score", "ten", "handful"})
# Nouns for a body, which a state or group backing it makes an armed group ("Iran-allied group").
BACKED_BODIES = frozenset({"group", "faction", "outfit", "movement", "network", "proxy",
                           "organization", "organisation"})
BACKED_SECTOR = ("REB",)
# Prepositions after a group that say where it is or what it belongs to ("police in Lagos",
# "members of the NPA", "teachers from Denver Public Schools", "workers at the mill"); "for" and
# "with" only before a body that people work for ("a worker for a telecom company", "officials
# with the Ohio Department of Health").
WIDEN_PREPS = {"of", "in", "at", "from", "for", "with"}
# Sectors of groups that act abroad: a place after them need not be their country ("deployed
# soldiers in Mali", "refugees in Turkey", "UN staff in Kabul").
TRAVELLERS = frozenset({"MIL", "GOV", "IGO", "NGO", "REF", "ELI"})
# Prepositions that open the list of a group's named members ("members including X and Y").
INCLUDING = {"including", "like", "among"}
# Prepositions after a group that say which body it belongs to ("soldiers from the NDC-R",
# "a worker for a telecom company", "officials with Hamas"), and verbs of a clause that do
# ("workers employed by the UN").
BELONGING_PREPS = {"from", "for", "with"}
EMPLOYING = {"employ", "hire", "work", "serve", "contract"}
# Verbs of a clause that say who leads a group ("the charities run by X", "rebels led by X",
# "a militia commanded by X"): the group is the leader's, as one loyal to X is.
LEADING = {"lead", "run", "head", "command", "found", "direct"}
# Words after a group that tie it to a body or person ("militants linked to the Taliban",
# "fighters belonging to the SDF", "gunmen affiliated with X"): of their country, as above.
TIED = {"link", "linked", "affiliate", "affiliated", "belong", "belonging", "tie", "tied",
        "connect", "connected"}
# Sectors of bodies whose members keep a sector of their own: a party's ministers govern.
NO_BELONGING = frozenset({"PTY"})
# Longest phrase a group's mention takes in after its head ("in Colombia's second-largest city").
MAX_WIDEN = 10


@functools.lru_cache(maxsize=1)
def things() -> dict[str, tuple[str, ...]]:
    """``data/things.csv``: lemma of a thing's noun (phrase) -> the sectors it gives its actor."""
    return {r["term"].lower(): tuple(c for c in r["sector"].split("|") if c)
            for r in data_rows("things.csv")}


@functools.lru_cache(maxsize=1)
def _triggers() -> frozenset[int]:
    """Hashes of the lemmas that may head a collective read here (either case)."""
    words = set(MEMBERS) | set(BACKED_BODIES) | QUANTITIES | {t.split()[-1] for t in things()}
    words |= {w.capitalize() for w in words}
    return frozenset(hash_string(w) for w in words)


def take_collectives(r: PhraseReader, claimed: set[int]) -> None:
    """Add the collectives described in the module doc to the actors ``r`` has found."""
    doc = r.doc
    if len(doc):
        triggers = _triggers()
        lemmas = doc.to_array(LEMMA).tolist()  # hashes: only the few that may head one become Tokens
        counts: list[Token] = []  # "dozens", "thousands"
        for i in [i for i, h in enumerate(lemmas) if h in triggers]:
            t = doc[i]
            if i in claimed or i in r.out.by_token or t.pos not in (NOUN, PROPN):
                continue
            lemma = t.lemma_.lower()
            if lemma in MEMBERS:
                _member_group(r, t, claimed)
            elif lemma in QUANTITIES:
                counts.append(t)
            elif lemma in BACKED_BODIES:
                if not _backed_group(r, t, claimed) and not _group_of(r, t):
                    _national_bodies(r, t, claimed)
            else:
                _thing(r, t, claimed)
        for t in counts:  # once the groups they count are read: "dozens of IS members"
            _group_of(r, t)
    for a in list(r.out.actors):
        if a.kind == "organization" and a.evidence == "named entity":
            _titles_as_name(r, a)
        if not a.key.startswith(("group:", "members:", "thing:")) or not a.mentions:
            continue
        head = doc[a.mentions[0][1] - 1]
        if a.kind == "group" and a.key.startswith("group:") and _body_in_form(r, head):
            a.kind = "organization"
        if a.kind == "group":
            _members_only(r, a, head)
        _widen(r, a, head)
    for a in r.out.actors:
        if a.kind == "group" and a.country is None and a.mentions and not a.key.startswith(
                "members:"):  # members of a body of no country ("IS members") stay of none
            a.country = _named_members_country(r, doc[a.mentions[0][1] - 1])
        if a.key.startswith("members:") and a.country is None:
            body = r.out.get(a.affiliation)  # placed since by what follows it
            a.country = body.country if body is not None else None


def _named_members_country(r: PhraseReader, head: Token) -> str | None:
    """The one country of the people or bodies a group's "including" or "such as" phrase names
    ("the opposition members including Shahbaz Sharif, Ahsan Iqbal and …" are Pakistan's)."""
    doc = head.doc
    countries = set()
    for c in head.rights:
        if c.dep_ != "prep" or not (c.lower_ in INCLUDING or (
                c.lower_ == "as" and c.i > 0 and doc[c.i - 1].lower_ == "such")):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for w in [p, *p.conjuncts]:
                other = r.out.at(w)
                if other is not None and other.kind in ("person", "organization"):
                    countries.add(other.country)
    return next(iter(countries)) if len(countries) == 1 else None


def _plural(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS") or (t.lower_.endswith("s") and t.lemma_.lower() != t.lower_)


def _body_in_form(r: PhraseReader, t: Token) -> bool:
    """"police": plural to the tagger, a body to the reader (the role says so); "Special
    Operations Forces": a capitalised name, one body."""
    role = r.kb.roles.get(t.lower_)
    if role is not None and role.kind == "organization" and t.lemma_.lower() == t.lower_:
        return True
    return t.pos == PROPN and t.is_title and t.i > 0 and t.doc[t.i - 1].is_title and (
        t.doc[t.i - 1].pos == PROPN and t.doc[t.i - 1].dep_ == "compound")


def _titles_as_name(r: PhraseReader, a: ActorInfo) -> None:
    """"The Heads of State", "Foreign Ministers": a plural title the model took for a body's
    name is a group of the title's holders."""
    s, e = a.mentions[0]
    first = r.doc[s]
    if first.tag_ not in ("NNS", "NNPS") or e - s > 4:
        return
    rest = [w.lower_ for w in r.doc[s + 1:e]]
    role = r.kb.roles.get(" ".join([first.lemma_.lower()] + rest))
    if role is None and first.lower_.endswith("s"):  # "Heads", lemmatised as a name
        role = r.kb.roles.get(" ".join([first.lower_[:-1]] + rest))
    if role is None or role.kind != "person":
        return
    a.kind = "group"
    a.put_first(role.sector)
    a.evidence = f"title '{role.term}'"


def _members_only(r: PhraseReader, a: ActorInfo, head: Token) -> None:
    """Members of a body have its sector, not their noun's own as well: "DEA officials" are COP
    (not COP and GOV), "Taliban prisoners" REB (not REB, CVL and CRM), "UN aid workers" IGO."""
    lemma = head.lemma_.lower()
    body = r.out.get(a.affiliation)
    if lemma not in MEMBER_ROLES or body is None or body.kind != "organization" or not (
            body.sector) or not a.sector or a.sector[0] not in body.sector:
        return
    kb = r.kb
    own = set()
    for term in (lemma, f"{head.doc[head.i - 1].lower_} {lemma}" if head.i else lemma):
        role = kb.roles.get(term)
        own |= set(role.sector) if role is not None else set()
    a.sector[:] = [c for c in a.sector if c in body.sector or c not in own]


def _start(t: Token, mods: list[Token]) -> int:
    s = min([c.left_edge.i for c in mods] + [t.i])
    while s < t.i and (t.doc[s].lower_ in DETERMINERS or t.doc[s].is_punct):
        s += 1
    return s


def _phrase(p: Token) -> tuple[int, int] | None:
    """The span of a preposition's object with its own "of" chain ("the textile unit of Reliance
    Industries"), or None when it runs into a clause or grows too long."""
    doc = p.doc
    s, e = p.left_edge.i, p.i + 1
    for _ in range(3):
        nxt = next((g for c in doc[e - 1].rights if c.dep_ == "prep" and c.lower_ == "of"
                    and c.i == e for g in c.children if g.dep_ == "pobj"), None)
        if nxt is None and e < len(doc) and doc[e].lower_ == "in" and doc[e].dep_ == "prep":
            # "a base in Lamu county in Kenya", the second place parsed onto the verb
            nxt = next((g for g in doc[e].children if g.dep_ == "pobj"
                        and g.ent_type_ in ("GPE", "LOC")), None)
        if nxt is None:
            break
        e = nxt.i + 1
    named = next((c for c in doc[e - 1].rights if c.dep_ == "appos" and c.ent_type_), None)
    if named is not None and named.left_edge.i == e:
        e = named.i + 1  # "the president Ibrahim Keita"
    if e - s > MAX_WIDEN or any(w.pos_ in ("VERB", "AUX") or w.text in (",", ";", "(")
                                for w in doc[s:e]):
        return None
    return s, e


def _object_phrase(prep: Token | None) -> tuple[int, int] | None:
    """The phrase (``_phrase``) of a preposition's object; None where there is none."""
    p = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return _phrase(p) if p is not None else None


def _actors_in(r: PhraseReader, s: int, e: int, kinds: tuple[str, ...]) -> list[ActorInfo]:
    out = []
    for w in r.doc[s:e]:
        a = r.out.at(w)
        if a is not None and a.kind in kinds and a not in out:
            out.append(a)
    return out


def _of_body(r: PhraseReader, t: Token) -> tuple[ActorInfo | None, int]:
    """The body named in an "of"/"from"/"at" phrase right after ``t``, and where the phrase ends."""
    for c in t.rights:
        if c.dep_ != "prep" or c.lower_ not in ("of", "from", "at") or c.i != t.i + 1:
            continue
        span = _object_phrase(c)
        if span is None:
            continue
        bodies = _actors_in(r, *span, ("organization", "group"))
        if bodies:
            return bodies[-1], span[1]
    return None, t.i + 1


def _member_group(r: PhraseReader, t: Token, claimed: set[int]) -> None:
    """"Members of the New People's Army", "four Taliban members": a group of the body's."""
    if not _plural(t) and t.lemma_.lower() not in COLLECTIVE_MEMBERS:
        return
    doc = r.doc
    mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss")]
    s = _start(t, mods)
    if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in FORMER:
        s = min(s, t.i - 2)  # "ex-members", split by the tokenizer
    body = next(iter(_actors_in(r, s, t.i, ("organization", "group"))), None)
    e = t.i + 1
    if body is None:
        body, e = _of_body(r, t)
    if body is None or not body.sector:
        return
    a = r.actor(f"members:{body.id}:{t.lemma_.lower()}", doc[s:t.i + 1].text, "group", s,
                t.i + 1)
    if e > t.i + 1:  # "Members of the NPA": the mention takes in the body, whose words stay its
        a.mentions[a.mentions.index((s, t.i + 1))] = (s, e)
    a.evidence = a.evidence or f"members of {body.name}"
    a.add_sector(body.sector)
    r.qualify(a, list(doc[s:e]))
    a.put_first(body.sector)
    a.affiliation = a.affiliation or body.id
    a.country = a.country or body.country
    claimed.update(range(s, t.i + 1))


def _backer(r: PhraseReader, t: Token) -> tuple[ActorInfo | None, int, str]:
    """The state or body a hyphened "-backed"/"-allied"/"-led" word before ``t`` names, where its
    words start, and the backing word."""
    doc = r.doc
    for c in t.lefts:
        word = c.lemma_.lower()
        if word not in BACKING and c.lower_ not in BACKING:
            continue
        if c.i >= 2 and doc[c.i - 1].text == "-":
            other = r.out.at(doc[c.i - 2])
            iso3 = r.kb.adjectives.get(doc[c.i - 2].text)
            if other is None and iso3:  # "Saudi-led", not yet read as Saudi Arabia
                other = r.country_actor(iso3, c.i - 2, c.i - 1)
            if other is not None and other.kind in ("country", "organization"):
                return other, doc[c.i - 2].left_edge.i if doc[c.i - 2].dep_ != "compound" else (
                    c.i - 2), c.lower_
    return None, t.i, ""


def _backed_group(r: PhraseReader, t: Token, claimed: set[int]) -> bool:
    """"an Iran-allied group": an armed group the backer supports, not the backer's own."""
    backer, s, _ = _backer(r, t)
    if backer is None:
        return False
    s = _start(t, [r.doc[s]])
    name = r.doc[s:t.i + 1].text
    # one body acts as one ("it announced"); several are a group
    kind = "group" if _plural(t) else "organization"
    a = r.actor(f"backed:{backer.id}:{t.lemma_.lower()}", name, kind, s, t.i + 1)
    a.add_sector(BACKED_SECTOR)
    a.affiliation = a.affiliation or backer.id
    a.evidence = a.evidence or f"backed by {backer.name}"
    claimed.update(range(s, t.i + 1))
    return True


def _group_of(r: PhraseReader, t: Token) -> bool:
    """"A group of asylum-seekers" is the asylum-seekers, "dozens of IS members" the members:
    their mention takes in its head."""
    c = r.doc[t.i + 1] if t.i + 1 < len(r.doc) else None
    if c is None or c.lower_ != "of" or c.head.i != t.i:
        return False
    p = next((g for g in c.children if g.dep_ == "pobj"), None)
    g = r.out.at(p) if p is not None else None
    if g is None or g.kind != "group":
        return False
    m = next(((s, e) for s, e in g.mentions if s <= p.i < e and s > c.i), None)
    if m is None:
        return False
    s = _start(t, [w for w in t.lefts])
    g.mentions[g.mentions.index(m)] = (s, m[1])
    g.mentions.sort()
    for i in range(s, m[0]):
        r.out.by_token.setdefault(i, g.id)
    return True


def _national_bodies(r: PhraseReader, t: Token, claimed: set[int]) -> None:
    """"three Iranian organizations", "Kurdish groups": bodies of one country, of no sector the
    words say."""
    if not _plural(t):
        return
    doc, kb = r.doc, r.kb
    mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod")]
    s = _start(t, mods)
    words = list(doc[s:t.i])
    nations = {iso3 for w in words if w.pos_ in ("ADJ", "PROPN") and w.i not in r.out.regional
               and (iso3 := kb.adjectives.get(w.text))}
    if len(nations) != 1 or any(r.out.at(w) is not None and r.out.at(w).kind != "country"
                                for w in words):
        return
    a = r.actor("group:" + " ".join(w.lemma_.lower() for w in doc[s:t.i + 1]),
                doc[s:t.i + 1].text, "group", s, t.i + 1)
    a.evidence = a.evidence or "bodies of a nation"
    r.qualify(a, words)
    claimed.update(range(s, t.i + 1))


def _thing(r: PhraseReader, t: Token, claimed: set[int]) -> None:
    """"Iraqi warplanes", "an army base", "a police station": the actor the thing is the tool, place
    or gift of, when a country, body or role noun beside it names that actor."""
    doc, kb = r.doc, r.kb
    lemma = t.lemma_.lower()
    table = things()
    sector = None
    if t.i > 0:
        sector = table.get(f"{doc[t.i - 1].lower_} {lemma}")
    if sector is None:
        sector = table.get(lemma)
    if sector is None:
        return
    mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss")]
    if not mods:
        return
    s = _start(t, mods)
    words = list(doc[s:t.i])
    roles = [ro for w in words if (ro := kb.roles.get(w.lemma_.lower()) or kb.roles.get(w.lower_))
             is not None and ro.kind == "organization" and r.out.at(w) is None]
    bodies = _actors_in(r, s, t.i, ("organization", "country"))
    nations = [w for w in words if w.pos_ in ("ADJ", "PROPN") and w.i not in r.out.regional
               and kb.country_of(w.text)]
    if _actors_in(r, s, t.i, ("person",)):
        return  # "Putin's jet" is a person's, not a body's
    if not roles and not (sector and (bodies or nations)):
        return
    backer, _, word = _backer(r, t)
    a = r.actor("thing:" + " ".join(w.lemma_.lower() for w in doc[s:t.i + 1]),
                doc[s:t.i + 1].text, "organization", s, t.i + 1)
    for ro in roles:
        a.add_sector(ro.sector)
    owned = [c for b in bodies if b.kind == "organization" for c in b.sector]
    a.add_sector(owned)
    if not owned:  # a body's jet or strike is the body's, whatever its sector
        a.add_sector(sector)
    a.evidence = a.evidence or f"thing '{lemma}'"
    r.qualify(a, words)
    if a.country is None and backer is not None and word in ("led", "lead"):
        a.country = backer.country  # "a Saudi-led strike": the leader's
    claimed.update(range(s, t.i + 1))


def _belongs_to(a: ActorInfo, named: list[ActorInfo]) -> None:
    """A group a body's "from"/"for" phrase or "employed by" names belongs to that body: the
    body's sector comes first and its country is theirs ("Soldiers from the NDC-R" are rebels,
    "a worker for a telecom company" BUS); not a party's, whose members keep their office
    ("ministers from the ruling party")."""
    body = next((b for b in reversed(named) if b.kind == "organization" and b.sector), None)
    if body is None or body.sector[0] in NO_BELONGING:
        return
    a.put_first(body.sector[:1])
    a.affiliation = a.affiliation or body.id
    a.country = a.country or body.country


def _widen(r: PhraseReader, a: ActorInfo, head: Token) -> None:
    """Take into a group's mention what follows its head and says whose it is: "loyal to X",
    "in <place>", "of/from/at <body>"; a group with no country takes the one it names."""
    doc = r.doc
    s, e = a.mentions[0]
    if e != head.i + 1 or e >= len(doc):
        return
    nxt = doc[e]
    span = None
    if nxt.lower_ == "loyal" and nxt.dep_ == "amod" and nxt.head.i == head.i:
        prep = next((c for c in nxt.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
        span = _object_phrase(prep)
        if span is not None:
            leader = next(iter(_actors_in(r, *span, ("person", "organization", "country"))), None)
            if leader is None:
                return
            a.affiliation = a.affiliation or leader.id
            a.country = a.country or leader.country
    elif nxt.dep_ == "prep" and nxt.lower_ in WIDEN_PREPS and nxt.head.i == head.i:
        span = _object_phrase(nxt)
        if span is None:
            return
        named = _actors_in(r, *span, ("organization", "country", "group"))
        if nxt.lower_ in ("for", "with") and (a.kind != "group" or not any(
                b.kind == "organization" for b in named)):
            # "workers for a telecom company", "officials with Hamas"; not "a school for boys",
            # "aid for Africa", "families with children"
            return
        if not named and not any(w.ent_type_ in ("GPE", "LOC") for w in doc[span[0]:span[1]]):
            return
        abroad = "IGO" in a.sector and nxt.lower_ in ("in", "at")
        if (a.country is None or a.affiliation is None) and not abroad:
            # not an international body's people where they serve ("UN staff in Kabul"), who
            # are of no country
            r.qualify(a, list(doc[span[0]:span[1]]))
        if not named:
            return  # "workers in Louisiana": placed, and the place stays a place of its own
        if nxt.lower_ in BELONGING_PREPS:
            _belongs_to(a, named)
    elif nxt.dep_ == "acl" and nxt.lemma_.lower() in LEADING and nxt.head.i == head.i and (
            "IGO" not in a.sector):  # an international body's team is no leader's country's
        # "the charities run by terrorist Hafiz Saeed": of the person or body that leads them;
        # not of a state that does ("a Saudi-led coalition" is no one state's, as backed ones)
        prep = next((c for c in nxt.rights if c.dep_ == "agent"), None)
        span = _object_phrase(prep)
        if span is None:
            return
        leader = next(iter(_actors_in(r, *span, ("person", "organization"))), None)
        if leader is None:
            return
        a.affiliation = a.affiliation or leader.id
        a.country = a.country or leader.country
    elif nxt.dep_ in ("acl", "amod") and (nxt.lemma_.lower() in TIED or nxt.lower_ in TIED) and (
            nxt.head.i == head.i) and "IGO" not in a.sector:
        prep = next((c for c in nxt.rights if c.dep_ == "prep" and c.lower_ in ("to", "with")),
                    None)
        span = _object_phrase(prep)
        if span is None:
            return
        body = next(iter(_actors_in(r, *span, ("person", "organization"))), None)
        if body is None:
            return
        a.affiliation = a.affiliation or body.id
        a.country = a.country or body.country
    elif nxt.dep_ in ("acl", "relcl") and nxt.lemma_.lower() in EMPLOYING and (
            nxt.head.i == head.i) and a.kind == "group":
        # "20 workers employed by the UNHCR", "staff working for the company": theirs
        prep = next((c for c in nxt.rights if c.dep_ in ("agent", "prep")
                     and c.lower_ in ("by", "for", "with")), None)
        span = _object_phrase(prep)
        if span is None:
            return
        named = _actors_in(r, *span, ("organization",))
        if not named:
            return
        if a.country is None or a.affiliation is None:
            r.qualify(a, list(doc[span[0]:span[1]]))
        _belongs_to(a, named)
    elif a.country is None and nxt.lower_ == "in" and nxt.dep_ == "prep" and (
            nxt.head.i == head.head.i != head.i) and head.dep_ in ("dobj", "nsubjpass") and (
            a.sector):
        # "struck militant targets in the Gaza Strip": the place the parser hung on the verb
        # places the group acted on, unless its kind goes abroad ("deployed soldiers in Mali");
        # a government in a national capital is the one seated there ("urged the government
        # in Kabul")
        place = _object_phrase(nxt)
        seat = place is not None and a.sector[0] == "GOV" and doc[place[0]:place[1]].text in (
            r.kb.capitals)
        if a.sector[0] in TRAVELLERS and not seat:
            return
        if place is not None and (_actors_in(r, *place, ("country",)) or any(
                w.ent_type_ in ("GPE", "LOC") for w in doc[place[0]:place[1]])):
            r.qualify(a, [w for w in doc[place[0]:place[1]]
                          if r.out.at(w) is None or r.out.at(w).kind == "country"])
        return
    if span is None:
        return
    # the mention takes the phrase in; its words stay their own actors' or none
    a.mentions[0] = (s, span[1])
    a.mentions.sort()
