"""The country a sentence names nearest to a person or body nothing else places. A news sentence
that names a person the dictionary does not know mostly places them by the country it names
beside them ("Turkish police detained 12 people, including the Turkey head of rights group Amnesty
International, Idil Eser"; "A court in Argentina has released former Vice President Amado
Boudou"); a company or body by a nationality right beside it ("US beermaker Anheuser-Busch").
Read only where the text as a whole is set in no one country, whose own rule decides otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyad.nlp.home_country import unplaced_body

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo, ActorSet


def _country_words(out: ActorSet) -> dict[int, str]:
    """Token index -> country, for every mention of a country or nationality, also one inside
    another actor's phrase ("Turkish" in "Turkish police")."""
    return {i: a.country for a in out.actors if a.kind == "country" and a.country
            for s, e in a.mentions for i in range(s, e)}


def _persons_words(out: ActorSet) -> dict[int, str]:
    """Token index -> id of the person whose mention holds it."""
    return {i: a.id for a in out.actors if a.kind == "person" for s, e in a.mentions
            for i in range(s, e)}


def _names_a_country(w: Token, countries: dict[int, str]) -> str | None:
    """The country a word names as a country or nationality, not as a backer or model joined
    by a hyphen ("Tunisia-inspired protests", "U.S.-backed forces")."""
    iso3 = countries.get(w.i)
    if iso3 is None or "-" in w.text:
        return None
    doc = w.doc
    if w.i + 1 < len(doc) and doc[w.i + 1].text == "-" and not w.whitespace_:
        return None
    if w.i > 0 and doc[w.i - 1].text == "-" and not doc[w.i - 1].whitespace_:
        return None  # "German-US car firm": a joint or mixed one
    return iso3


def _what_they_say(head: Token) -> set[int]:
    """The words of what a person says, where the person is the subject of the saying ("X
    said the euro would fall in Germany"): places they speak of, not theirs."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {w.i for c in head.head.children if c.dep_ in ("ccomp", "parataxis")
            for w in c.subtree}


# How far from a body's name, in words, the country it is placed by may be named: a sentence names
# companies and bodies of many countries, and the nationality that places one stands beside it
# ("US beermaker Anheuser-Busch", "the Pirmasen Municipal Museum in Germany").
BODY_GAP = 3


def nearest_country(a: ActorInfo, countries: dict[int, str], doc: Doc,
                    persons: dict[int, str] | None = None) -> str | None:
    """The country named nearest to the actor's first mention in its sentence, if one is
    nearer than any other (for a body, only right beside it), leaving out what is quoted, what
    the actor is reported to say, what is said of them in a clause or apposition and the
    titles of the other ``persons`` (token -> person id)."""
    from dyad.nlp.speaker_salience import quoted_spans  # it imports the actor modules

    s, e = a.mentions[0]
    head = doc[s:e].root
    # what they say, and the clauses and appositions about them, which the rules for those
    # have read already ("Joe Bloggs, who met Russia's foreign minister": an act, no office)
    said = _what_they_say(head) | {w.i for c in head.children
                                   if c.dep_ in ("relcl", "acl", "appos") for w in c.subtree}
    quoted = quoted_spans(doc)
    gaps: dict[str, int] = {}
    for w in doc[s].sent:
        if w.i in said or any(qs <= w.idx < qe for qs, qe in quoted) or (
                persons and persons.get(w.i, a.id) != a.id):
            continue  # nor another person's title: "the American envoy" is American
        iso3 = _names_a_country(w, countries)
        if iso3 is not None:
            gap = s - w.i if w.i < s else max(0, w.i - e + 1)  # its own words first
            gaps[iso3] = min(gap, gaps.get(iso3, gap))
    ranked = sorted(gaps.items(), key=lambda g: g[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # none, or two as near: "Yemen freed Jane Roe in Oman"
    if a.kind != "person" and ranked[0][1] > BODY_GAP:
        return None
    return ranked[0][0]


def unknown_person(a: ActorInfo) -> bool:
    """A person known only by a name the model found and nothing placed, not an international
    official; a name of one word only where a title says it is a person's (a single unknown
    word is as often a company, a product or a place the model took for a person)."""
    return a.kind == "person" and a.country is None and a.evidence.startswith(
        "named entity") and "IGO" not in a.sector and bool(a.mentions) and (
        len(a.name.split()) > 1 or a.role is not None)


def take_nearest_countries(out: ActorSet, doc: Doc) -> None:
    """Place each unknown person, and each body no dictionary, name part or title placed, by
    the country its sentence names nearest to it (see ``nearest_country``)."""
    countries, persons = _country_words(out), _persons_words(out)
    for a in out.actors:
        if a.country is None and a.mentions and (unknown_person(a) or unplaced_body(a)):
            a.country = nearest_country(a, countries, doc, persons)
            a.evidence += "; country named nearest" if a.country else ""


# Words of a sentence that sets what it tells beyond any one country ("263 people have died
# worldwide"): the people it names are no one country's.
BEYOND = frozenset({"worldwide", "international", "global", "globally", "abroad", "overseas",
                    "world", "foreign"})


def home_alone_in_sentence(a: ActorInfo, out: ActorSet, doc: Doc, home: str) -> bool:
    """Whether an unnamed group stands in a sentence that names no country but the text's own
    ``home``, as a country, a nationality or the country of any other actor it names, nor a
    region ("Asia") or the world at large, and not in what someone is quoted as saying: a group
    of private people there ("gunmen fired on a patrol in Karak") is then of the text's country,
    even where the opening names others beside it."""
    from dyad.nlp.speaker_salience import quoted_spans  # it imports the actor modules

    if a.kind != "group" or not a.mentions:
        return False
    s = a.mentions[0][0]
    sent = doc[s].sent
    if any(qs <= doc[s].idx < qe for qs, qe in quoted_spans(doc)) or any(
            (w.lower_ in BEYOND and not _ranks_in_world(w)) or w.ent_type_ == "LOC" for w in sent):
        return False
    return all(b.country in (None, home) for b in out.actors if b is not a and any(
        sent.start <= bs < sent.end for bs, _ in b.mentions))


def _ranks_in_world(w: Token) -> bool:
    """ "The world's largest maker of valves": a rank among all, which sets no one beyond a
    country."""
    doc = w.doc
    return w.lower_ == "world" and w.i + 1 < len(doc) and doc[w.i + 1].lower_ in ("'s", "’s")
