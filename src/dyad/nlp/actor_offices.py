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

from dyad.knowledge import SPELLINGS, Entry, Knowledge
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
            doc[i].pos_ in ("PROPN", "NOUN", "ADJ") or doc[i].lower_ in TITLE_GLUE or (
                _joining_hyphen(doc, i))):
        out.append(doc[i])
        i -= 1
    for c in root.rights:
        if c.dep_ == "appos" and c.i >= span.end:
            out += [t for t in c.subtree if t.i < span.end + WINDOW]
    return out


def _joining_hyphen(doc, i: int) -> bool:
    """A hyphen inside a word of a title ("President-elect"), which the tokenizer splits off."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


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


# Titles that say someone leads or serves without saying what: any office of theirs fits them
# ("Tory leader Michael Howard" is the leader of the opposition, "NATO chief" its secretary general)
GENERIC = {"leader", "chief", "head", "boss", "official", "veteran"}
# Person roles that say how someone stands to another, not what office they hold
RELATIONAL = {"counterpart", "rival", "ally", "colleague", "predecessor", "successor", "deputy"}
# Names of one office, a government's head, in the words of different countries ("Irish Prime
# Minister Micheal Martin" is the taoiseach, "Turkish premier Recep Erdogan" the prime minister)
HEADS_OF_GOVERNMENT = {"prime minister", "premier", "taoiseach"}
# Sectors of titles of birth, faith or rank, which go with any office ("Bahraini Prime Minister,
# Prince Khalifa", "Hezbollah chief Sheikh Hassan Nasrallah") or none ("the man")
RANKS = {"CVL", "ELI", "REL"}
# Heads of titles whose other words name the portfolio ("Work and Pensions Secretary", "shadow
# secretary for the family"): the head alone says nothing of which office it is
PORTFOLIO_HEADS = {"secretary", "minister"}
# The most words of a title read as one role term ("first minister of scotland")
TERM_WORDS = 4


def title_says(kb: Knowledge, entry: Entry, span: Span, title: int,
               published: str | None) -> str | None:
    """What the text's own title for a dictionary person says of the office ``entry`` gives
    them: "same" where the title names that office ("Prime Minister Tony Blair"), "other"
    where it names another ("Indiana Governor Mike Pence", "Work and Pensions Secretary Alan
    Johnson", "President-elect Donald Trump"), None where the text gives no title or one that
    says neither ("Mr Blair", "Labour leader Tony Blair"). A dated text whose date falls in the
    office keeps it whatever the title says: the person held it then, and the title is another
    of their roles."""
    if entry.kind != "person" or not entry.role:
        return None
    office = _words(entry.role)
    tokens = sorted(_title_tokens(span, title), key=lambda t: t.i)
    heads = _title_heads(span, title)
    terms = _role_terms(kb, tokens, heads)
    other = any(not (_words(term) - GENERIC - {"party"} <= office) and not (
        term in HEADS_OF_GOVERNMENT and entry.role in HEADS_OF_GOVERNMENT) for term in terms)
    other = other or any(_other_portfolio(q, office) and not (
        entry.role in HEADS_OF_GOVERNMENT and q == ["prime"])
        for q in _portfolios(kb, tokens, heads))
    # a shadow's title for a minister's office ("Shadow Treasury chief secretary George Osborne")
    other = other or "shadow" not in office and any(t.lower_ == "shadow" for t in tokens)
    if other:
        return "other" if published is None or not entry.covers(published) else None
    words = {t.lower_ for t in tokens} - GLUE
    return "same" if words & office else None


def take_title_office(kb: Knowledge, a, entry: Entry, span: Span, title: int) -> None:
    """Give a dictionary person whose title names another office the text's role: the portfolio
    the title spells where the role words Dyad knows do not ("Work and Pensions Secretary"), the
    dictionary's sectors only where the title gives none, and a shadow's role to the opposition
    ("Liberal Democrat shadow chancellor Vince Cable")."""
    a.role = title_role(kb, span, title) or a.role
    if not a.sector:
        a.add_sector(entry.sector)
    doc, s = span.doc, span.start
    if a.role and (a.role.startswith("shadow") or any(
            t.lower_ == "shadow" for t in doc[max(0, s - 4):s + title])):
        a.role = a.role if a.role.startswith("shadow") else "shadow " + a.role
        a.put_first(["OPP"])


def title_role(kb: Knowledge, span: Span, title: int) -> str | None:
    """The portfolio title the text gives a name, for where the role words Dyad knows do not
    spell it ("Work and Pensions Secretary" → "work and pensions secretary")."""
    tokens = sorted(_title_tokens(span, title), key=lambda t: t.i)
    for start, end, _ in _portfolio_runs(kb, tokens, _title_heads(span, title)):
        return " ".join(t.lower_ for t in span.doc[start:end] if not t.is_punct)
    return None


def _other_portfolio(words: list[str], office: set[str]) -> bool:
    """Whether a portfolio's words name another office than ``office``: a shadow's title for a
    minister's office, or none of its words in the office's ("Work and Pensions" for the home
    secretary; but "Minister of Foreign Affairs" is the foreign minister)."""
    if "shadow" in words and "shadow" not in office:
        return True
    rest = {_spelling(w) for w in words} - {"shadow"}
    return bool(rest) and not rest & office


def _words(role: str) -> set[str]:
    return {_spelling(w) for w in role.lower().replace("-", " ").split()} - GLUE


def _spelling(word: str) -> str:
    """A word in one spelling of the two the dictionary and news use ("defence": "defense")."""
    for a, b in SPELLINGS:
        if word == b.lower():
            return a.lower()
    return word


def _title_heads(span: Span, title: int) -> set[int]:
    """Where the title's heads are: the word right before the name ("Indiana Governor Mike
    Pence") and the head of a title in apposition after it ("Theresa May, shadow secretary for
    the family"); a role word further off heads something else ("the most important general
    election Tony Blair will face", "Oliver Letwin, one of the men lampooned")."""
    heads = {span.start + title - 1 if title else span.start - 1}
    heads.update(c.i for c in span.root.rights if c.dep_ == "appos" and c.i >= span.end)
    return heads


def _role_terms(kb: Knowledge, tokens: list[Token], heads: set[int]) -> list[str]:
    """The person roles of roles.csv that name an office and that a run of the title's words
    ending at one of its heads spells, joined the way qualify joins them ("President - elect" →
    "president-elect"); not words of kin, sex or standing towards another ("her grandson Prince
    William", "his rival", "Chinese counterpart Minister Li Zhaoxing")."""
    terms, taken = [], set()  # the longest term at each head ("prime minister", not "minister")
    for n in range(TERM_WORDS, 0, -1):
        for k in range(len(tokens) - n + 1):
            run = tokens[k:k + n]
            if run[-1].i - run[0].i != n - 1 or run[-1].i not in heads or run[-1].i in taken:
                continue
            text = " ".join(t.lower_ for t in run)
            for term in (text, text.replace(" - ", "-"), " ".join(t.lemma_.lower() for t in run)):
                r = kb.roles.get(term)
                if r is not None and r.kind == "person":
                    taken.add(run[-1].i)
                    if r.term not in RELATIONAL and r.sector[:1] and r.sector[0] not in RANKS:
                        terms.append(r.term)
                    break
    return terms


def _portfolios(kb: Knowledge, tokens: list[Token], heads: set[int]) -> list[list[str]]:
    return [words for _, _, words in _portfolio_runs(kb, tokens, heads)]


def _portfolio_runs(kb: Knowledge, tokens: list[Token],
                    heads: set[int]) -> list[tuple[int, int, list[str]]]:
    """For each head of a portfolio title ("Secretary", "minister"), where its title starts and
    ends and the words that name its portfolio: the nouns right before it ("Work and Pensions")
    and those of a "for" or "of" phrase after it ("for the family"), with a "shadow" before."""
    out = []
    chosen = {t.i for t in tokens}
    for head in (t for t in tokens if t.lower_ in PORTFOLIO_HEADS and t.i in heads):
        doc, words = head.doc, []
        i = head.i - 1
        # back over the portfolio's nouns, past the "and" the title reader stops at ("Work and
        # Pensions Secretary")
        while i >= max(0, head.i - WINDOW) and (_portfolio_word(kb, doc[i]) or (
                doc[i].lower_ in ("and", "&") and i > 0 and _portfolio_word(kb, doc[i - 1]))):
            if doc[i].lower_ not in ("and", "&"):
                words.append(doc[i].lower_)
            i -= 1
        start, end = i + 1, head.i + 1
        if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in ("for", "of"):
            j = head.i + 2
            while j < len(doc) and j in chosen and (
                    _portfolio_word(kb, doc[j]) or doc[j].lower_ in ("the", "and")):
                if doc[j].lower_ not in ("the", "and"):
                    words.append(doc[j].lower_)
                j += 1
            end = j if j > head.i + 2 and words else end
        if start < head.i and doc[start].lower_ == "and":
            start += 1
        out.append((start, end, words))
    return out


def _portfolio_word(kb: Knowledge, t: Token) -> bool:
    """A noun of a portfolio ("Pensions", "family"), not a country, people, party or other body
    ("Labour", "Indiana"), which says whose office it is, not which."""
    if t.lower_ == "shadow":
        return True
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ in GLUE or t.lower_ in PORTFOLIO_HEADS:
        return False
    role = kb.roles.get(t.lower_) or kb.roles.get(t.lemma_.lower())
    if role is not None and role.kind == "person":
        return False  # "counterpart Minister", "chief secretary": a title, not a portfolio
    if t.ent_type_ in ("GPE", "NORP", "PERSON") or kb.country_of(t.text):
        return False
    body = kb.entry(t.text) if t.text[:1].isupper() else None
    return body is None or body.kind == "person"


def part_offices(kb: Knowledge, persons, untitled: set[str]) -> None:
    """In a text with no date, two people the dictionary gives one office whose terms do not
    meet (Tony Blair and Gordon Brown, both prime minister) cannot both hold it: the one whose
    office no title of the text gave takes their other office whose term meets the other's
    (Brown was chancellor while Blair was prime minister), where only one of the two has such an
    office. A pair whose terms meet (two senators) are left alone, as is a person whose office
    the text's title gave."""
    people = [(p, _held(kb, p)) for p in persons]
    people = [(p, held) for p, held in people if held is not None]
    for a, held_a in people:
        for b, held_b in people:
            if a is b or a.id not in untitled or (a.role, a.country) != (b.role, b.country) or (
                    _meet(held_a, held_b)):
                continue
            moves = [o for o in kb.offices(held_a.name) if o is not held_a and _meet(o, held_b)]
            back = [o for o in kb.offices(held_b.name) if o is not held_b and _meet(o, held_a)] \
                if b.id in untitled else []
            if moves and not back:
                a.office = a.office or a.role
                a.role = moves[0].role
                a.sector[:] = list(moves[0].sector) + [c for c in a.sector
                                                        if c not in held_a.sector]
                held_a = moves[0]


def _held(kb: Knowledge, p) -> Entry | None:
    """The dictionary office a person actor holds, by its role."""
    if p.kind != "person" or not p.role or not p.key.startswith("person:"):
        return None
    return held_office(kb, p.key[len("person:"):], p.role)


def held_office(kb: Knowledge, name: str, role: str | None) -> Entry | None:
    """The office of the dictionary person ``name`` that ``role`` names."""
    return next((o for o in kb.offices(name) if o.role == role), None)


def _meet(a: Entry, b: Entry) -> bool:
    """Whether two offices' terms overlap, more than the day one hands over to the other (an
    open end runs on; no start, since ever)."""
    return (not a.start or not b.end or a.start < b.end) and (
        not b.start or not a.end or b.start < a.end)
