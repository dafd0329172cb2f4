"""Which actors that nothing else places belong to the country a text is set in: state bodies
and armed groups ("police", "the court"), and, in a report whose opening names one country only,
unknown bodies, people and offices and unnamed groups of private people. ``ActorFinder`` asks
these when it finishes an article."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyad.nlp.actors import ActorInfo, ActorSet

# Sectors of a state's own institutions: a body of these with no country named belongs to the
# country the text is about ("police", "the court", "rebel fighters").
DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # offices of the state itself
# Sectors of a country's own people: an unnamed group of these is mostly of where the text is set
# (unidentified armed men, UAF, too).
LOCAL_SECTORS = {"CVL", "LAB", "BUS", "EDU", "HLH", "MED", "CRM", "AGR", "REL", "UAF"}
DOMESTIC_OFFICES = STATE_SECTORS | {"OPP", "PTY"}  # and of its politics ("opposition leader")
# Words of an office that deals with other states: its holder may be anyone's.
ABROAD = ("foreign", "ambassador", "envoy", "diplomat", "consul", "counterpart", "secretary-gen",
          "secretary gen")
# Verbs whose object a state sends out of it: a foreigner, not one of the text's own people.
SENT_AWAY = {"deport", "expel", "extradite", "repatriate", "exile", "banish"}
INTERNATIONAL = {"international", "multinational", "global", "world", "foreign", "regional",
                 "transnational"}


def domestic(a: ActorInfo, out: ActorSet) -> bool:
    """A state institution or armed group with no country of its own in the text ("police",
    "the court", "rebel fighters"), and not one that another country backs. A body the dictionary
    gives no country is an international one ("Islamic State")."""
    if a.kind not in ("organization", "group") or not a.sector or a.evidence.startswith(
            "dictionary"):
        return False
    # an international body, or a civil-society one first ("aid groups"), is no state's; an
    # opposition that is also civil society ("activists": OPP, NGO) is its own country's
    if "IGO" in a.sector or a.sector[0] not in DOMESTIC_SECTORS:
        return False
    # one another country backs, or a branch of an international body ("ISIL fighters")
    backer = out.get(a.affiliation)
    return backer is None or (backer.kind != "country" and backer.country is not None)


# The first words of the names of bodies of members from many countries ("International AIDS
# Society", "World Congress of Mayors", "Global Alliance for Vaccines"), and the heads that make
# them such a body rather than a company that trades abroad ("International Steel Group") or a
# place ("World Trade Center").
WORLD_OPENERS = {"International", "World", "Worldwide", "Global"}
MEMBER_BODIES = {"federation", "association", "society", "council", "committee", "organization",
                 "organisation", "board", "union", "network", "congress", "alliance", "forum",
                 "federations", "initiative", "campaign"}


def world_body(name: str) -> bool:
    """Whether a body's name is that of a body of members from many countries: it opens with
    "International", "World" or "Global" and its head, before any "of" or "for", is a member
    body's noun ("International Association of Athletics Federations")."""
    words = name.split()
    if len(words) < 2 or words[0] not in WORLD_OPENERS:
        return False
    head = words
    for i, w in enumerate(words):
        if w.lower() in ("of", "for", "on", "against"):
            head = words[:i]
            break
    return len(head) > 1 and head[-1].lower() in MEMBER_BODIES


def unplaced_body(a: ActorInfo) -> bool:
    """A named body no dictionary, name part or title places, and not an international one
    (by its sector, or by a name like "International AIDS Society")."""
    return a.kind == "organization" and a.evidence == "named entity" and not (
        set(a.sector) & {"IGO", "NGO"}) and not world_body(a.name)


def unplaced_person(a: ActorInfo) -> bool:
    """A person known only by a name the dictionary lacks, and not an international official or
    one whose office deals with other states (an ambassador may be anyone's)."""
    return a.kind == "person" and a.evidence.startswith("named entity") and (
        "IGO" not in a.sector) and not a.beside_other and not any(w in (a.role or "") for w in ABROAD)


# Nouns for people who live in a country not their own ("admit foreigners", "expatriates in
# Dubai"): a group of them is no one of the text's country.
ABROAD_PEOPLE = ("foreigner", "expatriate", "expat", "alien")


def local_people(a: ActorInfo) -> bool:
    """An unnamed group of private people ("civilians", "workers", "suspects"), or an unnamed
    body of them ("the magazine", "a civil service union", "the dairy industry"), not one that
    crosses borders by what it is (refugees, migrants, peacekeepers, foreigners) or an
    international one."""
    one = a.kind == "person" and a.evidence.startswith("title")  # "a 35-year-old inmate"
    unnamed = a.kind in ("group", "organization") and a.evidence.startswith("role noun")
    head = a.name.lower().split()[-1] if a.name.strip() else ""
    return (one or unnamed) and bool(
        a.sector) and a.sector[0] in LOCAL_SECTORS and not set(a.sector) & {
        "REF", "IGO", "NGO"} and not head.startswith(ABROAD_PEOPLE)


def sent_away(a: ActorInfo, doc: Doc) -> bool:
    """Whether a mention of the actor is what a state sends away ("deported a 95-year-old man")."""
    return any(doc[e - 1].dep_ in ("dobj", "nsubjpass") and doc[e - 1].head.lemma_.lower()
               in SENT_AWAY for _, e in a.mentions)


def domestic_office(a: ActorInfo) -> bool:
    """A person titled with a state's own office ("Education Secretary"), not one dealing with
    other states ("ambassador", "foreign minister", "counterpart")."""
    return a.kind == "person" and bool(a.role) and bool(a.sector) and a.sector[0] in (
        DOMESTIC_OFFICES) and not any(w in a.role for w in ABROAD)


def office_at_home(a: ActorInfo, out: ActorSet, doc: Doc, home: str) -> bool:
    """Whether a person titled with a state's own office ("Member of Parliament Shiv Chandra
    Kushwaha", "Health bureau spokeswoman Sally Kong") stands, in a sentence of the narrative,
    beside no country but the text's own ``home``, nor a region or the world at large: the
    office is then mostly that country's, even where the opening names others beside it."""
    from dyad.nlp.actor_nearby import BEYOND, _ranks_in_world  # it imports the actor modules
    from dyad.nlp.speaker_salience import quoted_spans

    if not domestic_office(a):
        return False
    quotes = quoted_spans(doc)
    for s, _ in a.mentions:
        sent = doc[s].sent
        if any(qs <= doc[s].idx < qe for qs, qe in quotes) or any(
                (w.lower_ in BEYOND and not _ranks_in_world(w)) or w.ent_type_ == "LOC"
                for w in sent):
            continue
        if all(b.country in (None, home) for b in out.actors if b is not a and any(
                sent.start <= bs < sent.end for bs, _ in b.mentions)):
            # a report of many countries ("… in New Zealand … according to Health Minister
            # Tony Ryall") speaks of the country it named last
            return _last_country_before(out, sent.start) in (None, home)
    return False


def _last_country_before(out: ActorSet, i: int) -> str | None:
    """The country the text names last before token ``i``."""
    last = max(((s, b.country) for b in out.actors if b.kind == "country" for s, _ in b.mentions
                if s < i), default=(None, None))
    return last[1]
