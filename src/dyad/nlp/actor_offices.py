"""Which of a person's offices a mention means, when the dictionary lists several.

A text with no date can name Ursula von der Leyen as Germany's defence minister or as president of
the European Commission, Michel Barnier as the EU's Brexit negotiator or as France's prime
minister. The title the text gives ("European Commission President Ursula von der Leyen", "EU
negotiator Michel Barnier", "Barnier, the EU's chief negotiator") says which: the office whose
role shares the most words with it, or whose country its adjective names. Without such a title,
or where it fits no office better than the first, the office whose country or body the text names
stands where the first one's is not named ("Rutte" in a text on NATO that names no Dutch actor is its
secretary general), else the dictionary's own choice (the office the publication date falls in,
else the first listed).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.knowledge import Entry, Knowledge
from dyad.nlp.actor_venue import STATE_SECTORS

# Words of a role that say nothing of which office it is.
GLUE = {"of", "the", "for", "and", "to", "de", "in", "on", "former", "then"}
# Words that join the parts of a title ("Minister of Foreign Affairs", "the EU's negotiator").
TITLE_GLUE = {"of", "'s", "’s", "for"}
# The most words read on either side of a name for its title.
WINDOW = 8
# Where the Doc keeps what its entities name, read once a text (see _named_in_text); a sorted
# list, as user_data must be, for DocBin, of types msgpack writes.
NAMED = "dyad.named_in_text"


def office_in_title(kb: Knowledge, entry: Entry, span: Span, title: int,
                    published: str | None) -> Entry:
    """The office of ``entry``'s person that the title around ``span`` names, else the one
    whose country or body the text names, else ``entry``."""
    offices = kb.offices(entry.name, published)
    if len(offices) < 2:
        return entry
    words = _title_words(kb, _title_tokens(span, title))

    def score(e: Entry) -> int:
        role = {w for w in (e.role or "").replace("-", " ").split() if w not in GLUE}
        return len(role & words) + (("#" + e.country) in words if e.country else 0)

    best = max(offices, key=score)
    if words and score(best) > score(entry):
        return best
    named = _named_in_text(kb, span.doc)

    def in_text(e: Entry) -> bool:
        if e.country:
            return "#" + e.country in named
        role = f" {e.role or ''} "
        return any(f" {n} " in role for n in named if not n.startswith("#"))

    if in_text(entry):
        return entry
    return next((e for e in offices if score(e) == score(entry) and in_text(e)), entry)


def _named_in_text(kb: Knowledge, doc) -> set[str]:
    """"#ISO3" for each country the text's entities name, and the lowercase names and full names
    of the bodies they name ("nato", "north atlantic treaty organization"); read once per text."""
    kept = doc.user_data.get(NAMED)
    if kept is not None:
        return set(kept)
    named: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP"):
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        iso3 = kb.country_of(text)
        if iso3:
            named.add("#" + iso3)
            continue
        body = kb.entry(text)
        if body is not None and body.kind != "person":
            named.update((text.lower(), body.name.lower()))
            if body.country:
                named.add("#" + body.country)
    doc.user_data[NAMED] = sorted(named)
    return named


def _title_tokens(span: Span, title: int) -> list[Token]:
    """The words of the title before a name (inside the mention and the run of nouns, adjectives
    and names right before it) and of a title in apposition after it ("Barnier, the EU's chief
    negotiator")."""
    doc, root = span.doc, span.root
    out = list(span[:title])
    i = span.start - 1
    while i >= max(0, span.start - WINDOW) and not doc[i].is_sent_end and (
            doc[i].pos_ in ("PROPN", "NOUN", "ADJ") or doc[i].lower_ in TITLE_GLUE):
        out.append(doc[i])
        i -= 1
    for c in root.rights:
        if c.dep_ == "appos" and c.i >= span.end:
            out += [t for t in c.subtree if t.i < span.end + WINDOW]
    return out


def _title_words(kb: Knowledge, tokens: list[Token]) -> set[str]:
    """Lowercase words of a title, with the full name of a body it abbreviates ("EU": european,
    union) and "#ISO3" for a country its adjective or name gives."""
    words: set[str] = set()
    for t in tokens:
        if t.is_punct:
            continue
        words.add(t.lower_)
        iso3 = kb.adjectives.get(t.text) or kb.country_names.get(t.text)
        if iso3:
            words.add("#" + iso3)
            continue
        body = kb.entry(t.text) if t.text[:1].isupper() else None
        if body is not None and body.kind != "person":
            words.update(w.lower() for w in body.name.split())
    return words - GLUE


# Sectors of public and political offices: a title of one of them may be any office its holder
# had, one of another sector (business, learning, the press) says someone else
PUBLIC_SECTORS = STATE_SECTORS | {"PTY", "OPP", "IGO", "REB"}


def namesake(kb: Knowledge, entry: Entry, span: Span, title: int = 0) -> bool:
    """Whether the title the text gives a name says it is not the dictionary's person of that
    name: a role outside the state's offices where the dictionary's person held one ("Lyric
    chairman David Johnston" is no Australian defence minister), or an office of a country none
    of the person's offices is of ("Commons Speaker Michael Martin" is no Irish taoiseach)."""
    if entry.kind != "person":
        return False
    tokens = _title_tokens(span, title)
    roles = [r for t in tokens if (r := kb.roles.get(t.lower_)) is not None
             and r.kind == "person" and r.sector]
    if not roles:
        return False
    if _other_country(kb, entry, tokens):
        return True
    if any(PUBLIC_SECTORS.intersection(r.sector) for r in roles):
        return False
    return bool(PUBLIC_SECTORS.intersection(entry.sector))


def _other_country(kb: Knowledge, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a title's words say whose office it is, by a nationality ("Irish"), an owner
    ("Scotland's") or a body of the country other than a party ("Commons"), and name no country
    of any of the person's offices. A country's bare name says no such thing ("Ukraine envoy Kurt Volker" is
    America's); officials of international bodies, who serve no one country, are never told
    apart so."""
    countries = set()
    for t in tokens:
        doc = t.doc
        owner = t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s")
        iso3 = kb.adjectives.get(t.text) or (kb.country_names.get(t.text) if owner else None)
        body = kb.entry(t.text) if t.text[:1].isupper() and not iso3 else None
        if body is not None and body.kind != "person" and "PTY" not in body.sector:
            # not a party: parties of many countries share names ("BNP", "Liberal Democrats")
            iso3 = body.country
        if iso3:
            countries.add(iso3)
    own = {e.country for e in kb.offices(entry.name)} | {entry.country}
    return bool(countries) and None not in own and not countries & own
