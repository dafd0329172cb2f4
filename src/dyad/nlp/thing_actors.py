"""Things that name their actor: an event's party headed by a thing, whose modifiers say whose it
is ("a U.S. military airstrike", "Iraqi warplanes", "an army camp in Mali", "Australian aid"), is
coded as that actor, after the events are found (their choice of parties does not change).

The country comes from a nationality, country or "X-led" among the modifiers, else from the
country or place of an "in"/"inside"/"near" phrase on the head; the sector from a body named among
the modifiers ("army", "police", "government"), else from ``things.csv`` and ``means.csv`` for
the head. A thing whose modifiers name no country and whose "by" phrase names a coded actor is
that actor's ("a car bombing by the Islamic State", "airstrikes by Russian jets").
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from dyad.knowledge import Knowledge, data_rows
from dyad.nlp.actor_collectives import things
from dyad.nlp.actors import ActorSet

# Actors made by later steps for a noun phrase that named no actor the finder knew.
UNCODED = ("event argument", "speaker noun phrase")
PLACE_PREPS = {"in", "inside", "near", "at", "across"}


@functools.lru_cache(maxsize=1)
def load_means() -> dict[str, str]:
    """Head lemma -> sector: the first sector ``things.csv`` gives a thing, with ``means.csv``'s
    additions and overrides for event parties on top."""
    out = {term: sectors[0] for term, sectors in things().items() if sectors}
    out.update({r["term"].lower(): r["sector"] for r in data_rows("means.csv")})
    return out


def code_things(doc: Doc, actors: ActorSet, kb: Knowledge, places: list[dict],
                keep: set[str] | None = None) -> None:
    """Give country and sector to the uncoded actors (of ids ``keep``, all when None) whose
    words name whose they are. ``places``: the places component's hits (character offsets)."""
    means = load_means()
    for a in actors.actors:
        if a.evidence not in UNCODED or a.sector or not a.mentions or (
                keep is not None and a.id not in keep):
            continue
        s, e = a.mentions[-1]
        head = doc[e - 1]
        if _known_name(a, doc[s:e], kb) or _one_of_a_people(a, doc[s:e], kb):
            continue
        # the head's modifiers, a country the mention left out included ("U.S. military strikes")
        mods = [w for w in doc[min(s, head.left_edge.i):e - 1] if not w.is_punct]
        agent = _agent(head, actors)
        if agent is not None and not a.country and not _nation(mods, actors, kb):
            # "a car bombing by the Islamic State", "airstrikes by Russian jets": its doer's
            a.country, a.sector = agent.country, list(agent.sector[:1])
            a.code = a.sector_code() if (a.country or a.sector) else None
            a.evidence += "; its doer"
            continue
        country = a.country or _nation(mods, actors, kb) or _placed_in(head, actors, kb, places)
        two = f"{doc[e - 2].lemma_.lower()} {head.lemma_.lower()}" if e - s > 1 else ""
        mean = means.get(two) or means.get(head.lemma_.lower())
        # a body among the modifiers says whose a means or a group of people is ("an army camp",
        # "senior party figures"), or a thing a country's ("a Chinese government entity"), not
        # any thing's ("police actions")
        sector = _body_sector(mods, kb, actors) if (
            mean or country or a.evidence == "speaker noun phrase") else None
        if sector is None and country:
            sector = mean
        if sector is None and (country is None or country == a.country):
            continue
        a.country = country
        if sector:
            a.sector = [sector]
        a.code = a.sector_code()
        a.evidence += "; its modifiers"


def _known_name(a, span, kb: Knowledge) -> bool:
    """Code a name the model tagged as no one that the dictionary knows, however spelt
    ("Dbeibeh" for Dbeibah), as its person; whether it did."""
    if not all(w.pos_ == "PROPN" and w.is_title for w in span):
        return False
    entry = kb.entry(span.text) or kb.spelling_entry(span.text)
    if entry is None or entry.kind != "person":
        return False
    a.kind = "person"
    a.country = entry.country
    a.sector = list(entry.sector)
    a.role = a.role or entry.role
    a.code = entry.code or a.sector_code()
    a.evidence += f"; dictionary ({entry.source})"
    return True


def _one_of_a_people(a, span, kb: Knowledge) -> bool:
    """Code a demonym the model tagged as no one ("arrested a Briton") as one person of that
    nation; whether it did."""
    head = span[-1]
    iso3 = kb.adjectives.get(head.text)
    if iso3 is None or head.tag_ not in ("NN", "NNP") or not head.is_title:
        return False
    a.kind = "person"
    a.country = iso3
    a.code = a.sector_code()
    a.evidence += "; demonym"
    return True


def _nation(tokens: list[Token], actors: ActorSet, kb: Knowledge) -> str | None:
    """The country a nationality, country name or "X-led" among ``tokens`` names."""
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.i in actors.regional:  # "the Indian Ocean", "Latin American"
            i += 1
            continue
        if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1:
            two = kb.adjectives.get(f"{t.text} {tokens[i + 1].text}") or kb.country_names.get(
                f"{t.text} {tokens[i + 1].text}")
            if two:
                return two
        other = actors.at(t)
        if other is not None and other.kind == "country":
            return other.country
        iso3 = kb.country_of(t.text)
        if iso3 is None and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and (
                t.doc[t.i + 2].lower_ == "led"):
            iso3 = kb.adjectives.get(t.text) or kb.country_names.get(t.text)  # "Saudi-led"
        if iso3:
            return iso3
        i += 1
    return None


def _agent(head: Token, actors: ActorSet):
    """The actor a "by" phrase on a thing names as its doer ("a bombing by the Islamic State"):
    a body, group, country or person the finder coded."""
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "by" or c.i <= head.i:
            continue
        for p in c.children:
            other = actors.at(p) if p.dep_ == "pobj" else None
            if other is not None and other.kind in ("organization", "group", "country", "person") and (
                    other.country or other.sector) and other.evidence not in UNCODED:
                return other
    return None


def _placed_in(head: Token, actors: ActorSet, kb: Knowledge, places: list[dict]) -> str | None:
    """The country of an "in"/"inside"/"near" phrase on the head or right after it ("an army
    camp in Mali", however the parser attached the phrase)."""
    doc = head.doc
    after = [doc[head.i + 1]] if head.i + 1 < len(doc) else []
    for c in [*head.children, *after]:
        if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            words = list(p.doc[p.left_edge.i:p.i + 1])
            iso3 = _nation(words, actors, kb)
            if iso3:
                return iso3
            start, end = words[0].idx, p.idx + len(p.text)
            hit = next((h for h in places if start <= h["start"] and h["end"] <= end
                        and h.get("country")), None)
            if hit is not None:
                return hit["country"]
    return None


def _body_sector(tokens: list[Token], kb: Knowledge, actors: ActorSet) -> str | None:
    """The sector of a body named among the modifiers ("army", "military", "police")."""
    for t in reversed(tokens):
        other = actors.at(t)
        if other is not None and other.kind == "organization" and other.sector:
            return other.sector[0]
        r = kb.roles.get(t.lemma_.lower()) or kb.roles.get(t.lower_)
        if r is not None and r.kind != "person" and r.sector:
            return r.sector[0]
    return None



