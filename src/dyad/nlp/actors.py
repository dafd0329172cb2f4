"""Actors: find every person, organisation, country and group in a Doc and merge their mentions.

Sources of evidence, strongest first: the dictionary (``dyad.knowledge``) matched with one compiled
PhraseMatcher, spaCy's named entities, and noun phrases headed or modified by a role noun
("rebel fighters", "State Department officials", "a Turkish prosecutor"). Premodifiers, owners
("Syria's foreign ministry"), appositions and "of"/"in" phrases give role, country and affiliation
("Russian Ambassador to the United Nations Vitaly Churkin", "a court in Lyon"); a title in
apposition joins the person it names ("the Belarusian defence minister, Leonid Maltsev").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from dyad.knowledge import Entry, Knowledge

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
            "hers": "female", "they": None, "them": None, "it": None, "we": None, "i": None}
HONORIFICS = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female",
              "ms.": "female", "miss": "female", "sir": "male", "lady": "female"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "such", "its",
               "their", "his", "her", "our", "any", "all", "both", "several", "many", "other"}
# Words that may stand inside a title before a name ("Secretary of State John Kerry").
TITLE_GLUE = {"of", "to", "for", "the", "-", "general"}
BACKING = {"back", "backed", "sponsor", "sponsored", "support", "supported", "led", "lead", "fund",
           "funded", "arm", "armed", "train", "trained", "allied", "ally", "align", "aligned"}
# Roles that say only that someone belongs to a body: the body's sector is theirs ("DEA officials"
# are police, "Taliban prisoners" are rebels).
MEMBER_ROLES = {"official", "member", "staff", "staffer", "employee", "worker", "representative",
                "delegate", "delegation", "leader", "prisoner", "detainee", "supporter", "fighter",
                "personnel", "officer", "agent", "expert", "investigator"}
FORMER = {"former", "ex", "ex-", "erstwhile"}  # not "then": "then-president" held the office
# Prepositions after which a capital is its government ("sanctions against Moscow").
ACTOR_PREPS = {"against", "with", "by", "between", "toward", "towards", "on", "upon"}
# Modifiers that do not change who a group is ("remaining civilians" are the civilians).
GENERIC_MODIFIERS = {"remaining", "other", "many", "several", "some", "few", "more", "most",
                     "about", "numerous", "various", "certain", "additional", "further"}


@dataclass
class ActorInfo:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: list[str] = field(default_factory=list)
    code: str | None = None
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    key: str = ""
    evidence: str = ""
    former: bool = False  # "former prime minister": coded as an elite, not as the office

    def add_sector(self, codes) -> None:
        for c in codes:
            if c and c not in self.sector:
                self.sector.append(c)


@dataclass
class ActorSet:
    actors: list[ActorInfo] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)  # token index -> actor id

    def get(self, actor_id: str | None) -> ActorInfo | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def at(self, token: Token) -> ActorInfo | None:
        return self.get(self.by_token.get(token.i))

    def add_mention(self, actor: ActorInfo, start: int, end: int) -> None:
        if (start, end) not in actor.mentions:
            actor.mentions.append((start, end))
            actor.mentions.sort()
        for i in range(start, end):
            self.by_token.setdefault(i, actor.id)


class ActorFinder:
    """Compiled once per pipeline: the dictionary's phrases in one PhraseMatcher."""

    def __init__(self, vocab, kb: Knowledge):
        self.kb = kb
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self._phrases = kb.phrases()  # tokenised like running text by the caller's nlp
        self._compiled = False
        self.places = None

    def compile(self, make_doc) -> None:
        if not self._compiled:
            self.matcher.add("DYAD", [make_doc(p) for p in self._phrases])
            self._compiled = True

    def __call__(self, doc: Doc, published: str | None = None) -> ActorSet:
        if self.places is None:
            from dyad.nlp.gazetteer import load_gazetteer

            self.places = load_gazetteer()  # the places component shares this one in memory
        return find_actors(doc, self.kb, self.matcher, published, self.places)


def find_actors(doc: Doc, kb: Knowledge, matcher: PhraseMatcher | None = None,
                published: str | None = None, places=None) -> ActorSet:
    """Every actor in ``doc``. ``places`` (a ``dyad.nlp.gazetteer.Gazetteer``), when given, gives
    the country of a body or group placed by a town or region ("a court in Lyon")."""
    builder = _Builder(doc, kb, published, places)
    claimed: set[int] = set()
    candidates: list[tuple[int, int, str]] = []  # token spans with their origin
    if matcher is not None:
        for _, s, e in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            candidates.append((s, e, "dict"))
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
            s, e = _trim(ent)
            if s < e:
                candidates.append((s, e, ent.label_))
    # Longest first, dictionary before NER at equal length; a token belongs to one mention.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != "dict", c[0]))
    for s, e, origin in candidates:
        if any(i in claimed for i in range(s, e)):
            continue
        if builder.take_named(s, e, origin):
            claimed.update(range(s, e))
    builder.take_groups(claimed)
    builder.finish()
    return builder.out


def _trim(span: Span) -> tuple[int, int]:
    s, e = span.start, span.end
    doc = span.doc
    while s < e and doc[s].lower_ in DETERMINERS:
        s += 1
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].lower_ in ("'s", "’s", "'", "’")
                     or doc[e - 1].is_punct):
        e -= 1
    return s, e


class _Builder:
    def __init__(self, doc: Doc, kb: Knowledge, published: str | None, places=None):
        self.doc, self.kb, self.published, self.places = doc, kb, published, places
        self.out = ActorSet()
        self.by_key: dict[str, ActorInfo] = {}
        self.persons: list[ActorInfo] = []

    # -- creating and merging -------------------------------------------------------------
    def actor(self, key: str, name: str, kind: str, s: int, e: int) -> ActorInfo:
        a = self.by_key.get(key)
        if a is None:
            a = ActorInfo(id=f"a{len(self.out.actors) + 1}", name=name, kind=kind, key=key)
            self.by_key[key] = a
            self.out.actors.append(a)
            if kind == "person":
                self.persons.append(a)
        self.out.add_mention(a, s, e)
        return a

    def country_actor(self, iso3: str, s: int, e: int) -> ActorInfo:
        c = self.kb.countries.get(iso3)
        a = self.actor("country:" + iso3, c.name if c else iso3, "country", s, e)
        a.country = iso3
        return a

    def entry_actor(self, entry: Entry, s: int, e: int) -> ActorInfo:
        key = ("person:" if entry.kind == "person" else "entry:") + entry.name
        a = self.actor(key, entry.name, entry.kind if entry.kind in (
            "person", "organization", "group", "country", "other") else "organization", s, e)
        a.country = a.country or entry.country
        a.add_sector(entry.sector)
        a.code = a.code or entry.code
        a.role = a.role or entry.role
        a.gender = a.gender or entry.gender
        a.evidence = a.evidence or f"dictionary ({entry.source})"
        return a

    # -- named mentions ---------------------------------------------------------------------
    def take_named(self, s: int, e: int, origin: str) -> bool:
        doc, kb = self.doc, self.kb
        span = doc[s:e]
        text = span.text
        iso3 = kb.country_names.get(text)
        if iso3:
            self.country_actor(iso3, s, e)
            return True
        entry = kb.entry(text, self.published)
        if entry is not None:
            if entry.kind == "person":
                a = self.person(s, e, entry)
            else:
                other = self._other_country(span, entry)
                if other is not None:
                    # "the Nigerian Senate", "Brazil's Supreme Court": the generic name another
                    # country's body shares, not the body the dictionary means by it alone
                    a = self.actor(f"org:{other}:{entry.name}", text, entry.kind if entry.kind in (
                        "organization", "group") else "organization", s, e)
                    a.country = other
                    a.add_sector(entry.sector)
                    a.evidence = a.evidence or f"dictionary ({entry.source}), qualified"
                    self.qualify(a, _qualifiers(span))
                else:
                    a = self.entry_actor(entry, s, e)
            return a is not None
        if text in kb.capitals:
            if _metonymic(span):
                self.country_actor(kb.capitals[text], s, e)
                return True
            return False
        if origin == "NORP" and _plural_people(span) and kb.adjectives.get(text):
            # "South Koreans", "the Palestinians": a people, coded with its country
            a = self.actor("people:" + kb.adjectives[text], text, "group", s, e)
            a.country = kb.adjectives[text]
            a.evidence = a.evidence or "demonym"
            return True
        if origin == "NORP" or kb.adjectives.get(text):
            return False  # adjectives qualify other actors; handled there
        if origin == "PERSON":
            # The model sometimes takes the title into the name ("Crown Prince Naruhito"): the
            # mention keeps it, the name does not, and the title is read like one before it.
            title = 0
            while e - s - title > 1:
                i = s + title
                two = f"{doc[i].lower_} {doc[i + 1].lower_}" if e - i > 2 else ""
                n = 2 if two and _person_role(kb, two) else 1 if _person_role(
                    kb, doc[i].lower_) or doc[i].lower_ in HONORIFICS else 0
                if n == 0:
                    break
                title += n
            entry = kb.entry(doc[s + title:e].text, self.published) if title else None
            if entry is not None and entry.kind != "person":
                entry = None
            return self.person(s, e, entry, title) is not None
        if origin == "ORG":
            if _inside_title(span):
                return False
            return self.organization(s, e) is not None
        return False

    def person(self, s: int, e: int, entry: Entry | None, title: int = 0) -> ActorInfo | None:
        doc = self.doc
        words = [t.text for t in doc[s + title:e] if not t.is_punct]
        if not words:
            return None
        # A surname or partial name joins the person already named in full ("Putin").
        target = None
        if entry is None:
            for p in reversed(self.persons):
                full = p.name.split()
                if words == full[-len(words):] or (len(words) == 1 and words[0] in full):
                    target = p
                    break
        if target is None and entry is not None:
            a = self.entry_actor(entry, s, e)
            if a.mentions == [(s, e)]:
                a.name = " ".join(words)  # the record names a person as the article does
        elif target is not None:
            a = target
            self.out.add_mention(a, s, e)
        else:
            a = self.actor("person:" + " ".join(words), " ".join(words), "person", s, e)
            a.evidence = a.evidence or "named entity"
        if entry is not None and len(words) > len(a.name.split()):
            a.name = " ".join(words)
        self.enrich_person(a, s + title, e)
        return a

    def organization(self, s: int, e: int) -> ActorInfo | None:
        span = self.doc[s:e]
        name = span.text
        # An acronym that spells an organisation already named joins it ("Islamic State" / "IS").
        for a in self.out.actors:
            if a.kind == "organization" and _acronym(a.name) == name.replace(".", ""):
                self.out.add_mention(a, s, e)
                return a
        a = self.actor("org:" + name.lower(), name, "organization", s, e)
        a.evidence = a.evidence or "named entity"
        role = self._role_in(span)
        if role is not None:
            a.add_sector(role.sector)
        # Only an adjacent adjective or owner qualifies a named organisation ("Russian Foreign
        # Ministry", "Syria's foreign ministry"); a title phrase before it belongs to someone else
        # ("Ambassador to the United Nations").
        doc = self.doc
        if s > 0 and self.kb.adjectives.get(doc[s - 1].text):
            self.qualify(a, [doc[s - 1]])
        owners = [w for c in span.root.lefts if c.dep_ == "poss" and c.i < s for w in c.subtree]
        # Its own name may say whose it is: "Nigerian Export Processing Zones Authority",
        # "United States Government", "Government of India", "UN Support Mission in Libya".
        self._name_parts(a, list(span))
        self.qualify(a, owners)
        return a

    def _name_parts(self, a: ActorInfo, tokens: list[Token]) -> None:
        kb = self.kb
        i = 0
        while i < len(tokens):
            for n in (4, 3, 2, 1):
                words = tokens[i:i + n]
                if len(words) < n:
                    continue
                text = " ".join(w.text for w in words)
                entry = kb.entry(text, self.published)
                iso3 = kb.country_names.get(text) or kb.adjectives.get(text)
                if iso3:
                    a.country = a.country or iso3
                    break
                if entry is not None and entry.kind != "person" and entry.name != a.name:
                    a.country = a.country or entry.country
                    if "IGO" in entry.sector:
                        a.sector[:] = ["IGO"] + [c for c in a.sector if c != "IGO"]
                    break
            else:
                n = 1
            i += n
        if a.country is None and tokens and tokens[0].is_title:
            # a town or region at the head of the name: "New York Stock Exchange", "Delhi Court"
            for n in (3, 2, 1):
                if len(tokens) > n and all(w.is_title for w in tokens[:n]):
                    a.country = self._place_country_named(" ".join(w.text for w in tokens[:n]))
                    if a.country:
                        break

    # -- premodifiers, appositions ----------------------------------------------------------
    def _left_modifiers(self, s: int) -> list[Token]:
        """The title phrase right before position s ("Russian Ambassador to the United Nations")."""
        doc = self.doc
        i = s - 1
        out: list[Token] = []
        sent_start = doc[s].sent.start if doc.has_annotation("SENT_START") else 0
        while i >= sent_start:
            t = doc[i]
            if t.tag_ in ("NNS", "NNPS") or t.lower_ in ("and", "or") or (
                    t.lower_ in DETERMINERS and t.lower_ != "the"):
                break
            if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.lower_ in TITLE_GLUE or t.ent_type_:
                out.append(t)
                i -= 1
                continue
            break
        out.reverse()
        while out and out[0].lower_ in TITLE_GLUE:
            out = out[1:]
        return out

    def enrich_person(self, a: ActorInfo, s: int, e: int) -> None:
        doc = self.doc
        mods = self._left_modifiers(s)
        if mods and mods[-1].lower_ in HONORIFICS:
            a.gender = a.gender or HONORIFICS[mods[-1].lower_]
        head = doc[s:e].root
        owners = [w for c in head.lefts if c.dep_ == "poss" and c.i < s for w in c.subtree]
        if owners and (not mods or owners[-1].i < mods[0].i):
            mods = owners + mods  # "Japan's Crown Prince Naruhito"
        self.qualify(a, mods)
        for child in head.children:
            if child.dep_ == "appos" and child.i >= e:
                self.qualify(a, _appositive(child))
        if head.dep_ == "appos" and head.head.i < s and head.head.pos_ == "NOUN":
            # "his Iranian counterpart, Mostafa Mohammad Najjar": the title comes first
            title = [w for w in doc_span(head.head) if w.dep_ != "poss"]
            if self.kb.role(head.head.lemma_) or self.kb.role(head.head.lower_):
                self.qualify(a, title)

    def qualify(self, a: ActorInfo, tokens: list[Token]) -> None:
        """Read role, country and affiliation from a title phrase or apposition."""
        if not tokens:
            return
        kb = self.kb
        found = []  # (end position, length, term, Role)
        for n in (4, 3, 2, 1):
            for i in range(len(tokens) - n + 1):
                words = tokens[i:i + n]
                term = " ".join(t.lower_ for t in words)
                lemma = " ".join(t.lemma_.lower() for t in words)
                r = kb.roles.get(term) or kb.roles.get(lemma)
                if r is not None:
                    found.append((i + n, n, term, r))
        # The title nearest the name wins ("State Department spokesman": spokesman); a person's
        # title is a person role, an organisation named in it is an affiliation, not a title.
        pool = [f for f in found if f[3].kind == "person"] if a.kind == "person" else found
        role = max(pool, key=lambda f: (f[0], f[1]))[2:] if pool else None
        if role is None and found and a.kind == "person":
            a.add_sector(max(found, key=lambda f: (f[0], f[1]))[3].sector)
        if role is not None:
            if a.kind == "person" and not a.role:
                a.role = role[0]
            a.add_sector(role[1].sector)
        # Organisations and countries inside the phrase: the affiliation, and the country.
        i = 0
        while i < len(tokens):
            t = tokens[i]
            org = self.out.at(t)
            if org is not None and org is not a and org.kind in ("organization", "country"):
                self._affiliate(a, org)
                i += 1
                continue
            if t.lower_ in FORMER and a.kind != "country":
                a.former = True
            iso3, n = None, 1
            for m in (3, 2):  # "Sri Lankan", "South African", "United States"
                words = tokens[i:i + m]
                if len(words) == m and words[-1].i - words[0].i == m - 1:
                    joined = " ".join(w.text for w in words)
                    iso3 = kb.adjectives.get(joined) or kb.country_names.get(joined)
                    if iso3:
                        n = m
                        break
            if iso3 is None:
                iso3 = kb.adjectives.get(t.text) or kb.country_names.get(t.text)
            if iso3 is None and "-" in t.text:
                iso3 = kb.country_of(t.text)
            if iso3:
                ca = self.country_actor(iso3, t.i, t.i + n)
                if a.affiliation is None and a.kind != "country":
                    a.affiliation = ca.id
                backed = i + n + 1 < len(tokens) and tokens[i + n].text == "-" and (
                    tokens[i + n + 1].lemma_.lower() in BACKING) or (
                    "-" in t.text and t.text.split("-", 1)[1].lower() in BACKING)
                if not backed:  # "Iranian-backed militias" act with Iran, they are not Iranian
                    a.country = a.country or iso3
                i += n
                continue
            else:
                entry = kb.entry(t.text, self.published)
                if entry is not None and entry.kind == "person" and a.kind in (
                        "organization", "group"):
                    a.country = a.country or entry.country  # "the Obama administration"
                elif a.kind != "country" and (t.ent_type_ in ("GPE", "LOC") or (
                        t.is_title and t.pos_ in ("PROPN", "NOUN") and not kb.role(t.text))):
                    a.country = a.country or self._place_country(t)
                if entry is not None and entry.kind != "person":
                    self._affiliate(a, self.entry_actor(entry, t.i, t.i + 1))
            i += 1

    def _other_country(self, span: Span, entry: Entry) -> str | None:
        """The country an adjective or owner right before a dictionary body names, when it is not
        the body's own country."""
        if not entry.country:
            return None
        for t in _qualifiers(span):
            iso3 = self.kb.adjectives.get(t.text) or self.kb.country_names.get(t.text)
            if iso3 and iso3 != entry.country:
                return iso3
        return None

    def _place_country(self, t: Token) -> str | None:
        """The country of the town or region a token names, when it is a well-known one."""
        if self.places is None:
            return None
        ent = next((e for e in self.doc.ents if e.start <= t.i < e.end), None)
        return self._place_country_named(ent.text if ent is not None else t.text)

    def _place_country_named(self, name: str) -> str | None:
        if self.places is None or name.lower() in self.kb.roles:
            return None
        best = None
        for place, _primary in self.places.lookup(name):
            if place.country and (place.feature in ("admin1", "country") or
                                  place.population >= 50000):
                rank = (place.feature in ("country", "admin1"), place.population)
                if best is None or rank > best[0]:
                    best = (rank, place.country)
        return best[1] if best else None

    def _affiliate(self, a: ActorInfo, org: ActorInfo) -> None:
        if a.kind == "country":
            return
        if a.affiliation is None:
            a.affiliation = org.id
        a.country = a.country or org.country
        if "IGO" in org.sector:  # the UN's officials and bodies are IGO, whatever their title
            a.sector[:] = ["IGO"] + [c for c in a.sector if c != "IGO"]

    def _role_in(self, span: Span):
        roles = self.kb.roles
        for i in range(len(span) - 1, -1, -1):
            t = span[i]
            if i > 0:  # "Stock Exchange", "Foreign Ministry"
                r = roles.get(f"{span[i - 1].lower_} {t.lower_}")
                if r is not None:
                    return r
            r = roles.get(t.lower_) or roles.get(t.lemma_.lower())
            if r is not None:
                return r
        return None

    # -- unnamed groups ---------------------------------------------------------------------
    def take_groups(self, claimed: set[int]) -> None:
        doc, kb = self.doc, self.kb
        for t in doc:
            if t.i in claimed or not (t.pos_ == "NOUN" or (
                    t.pos_ == "PROPN" and not t.ent_type_)):
                continue
            if t.dep_ in ("compound", "amod") and t.head.pos_ in ("NOUN", "PROPN") and (
                    t.head.i > t.i):
                continue  # a modifier; its head decides
            mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
                    or (c.dep_ == "det" and c.lower_ in DETERMINERS)]
            owners = [c for c in t.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
            start = min([c.left_edge.i for c in mods] + [t.i])
            phrase = list(doc[start:t.i + 1])
            head_role = None
            for n in (3, 2, 1):
                if t.i - n + 1 < start:
                    continue
                words = doc[t.i - n + 1: t.i + 1]
                key = " ".join(w.lower_ for w in words[:-1]) + (" " if n > 1 else "") + t.lemma_.lower()
                head_role = kb.roles.get(key.strip()) or kb.roles.get(
                    " ".join(w.lower_ for w in words))
                if head_role:
                    break
            mod_role = None
            for c in phrase[:-1]:
                r = kb.roles.get(c.lemma_.lower()) or kb.roles.get(c.lower_)
                if r is not None and r.kind != "person":
                    mod_role = r
            role = head_role or mod_role
            members = head_role is None and t.lemma_.lower() in MEMBER_ROLES
            if role is None or (head_role is None and role.kind == "organization"
                                and not members):
                continue
            s = phrase[0].i
            for w in doc[s:t.i]:  # a phrase never reaches back over a line break or a quote mark
                if "\n" in w.text or w.is_quote or w.is_bracket:
                    s = w.i + 1
            while s < t.i and (doc[s].lower_ in DETERMINERS or doc[s].lower_ in GENERIC_MODIFIERS
                               or doc[s].is_punct):
                s += 1
            words = [w for w in doc[s:t.i + 1]]
            context = [w for o in owners for w in o.subtree] + words[:-1] + self._of_phrase(t)
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.lemma_ != t.lower_
            if head_role is not None and head_role.kind == "person" and not plural:
                self.titled_person(t, s, head_role, context, claimed)
                continue
            # "State Department officials": the named part stays its own actor and becomes the
            # group's affiliation; the group's mention is the whole phrase.
            name = doc[s:t.i + 1].text
            kind = "group" if plural or role.kind in ("group", "person") or members else (
                "organization")
            key = "group:" + " ".join(w.lemma_.lower() for w in words)
            if owners or kind == "organization":
                key += "@" + " ".join(w.text for w in context)
            a = self.actor(key, name, kind, s, t.i + 1)
            a.add_sector(head_role.sector if head_role else ())
            a.add_sector(mod_role.sector if mod_role else ())
            a.evidence = a.evidence or f"role noun '{role.term}'"
            self.qualify(a, context)
            self._member_of(a, head_role)
            claimed.update(i for i in range(s, t.i + 1) if i not in self.out.by_token
                           or self.out.by_token[i] == a.id)

    def titled_person(self, t: Token, s: int, role, context: list[Token],
                      claimed: set[int]) -> None:
        """A person named by title alone ("the Chinese ambassador"), or a title in apposition to a
        name ("the Belarussian defense minister, Leonid Maltsev"), which then joins that person."""
        doc = self.doc
        named = None
        for w in t.subtree:  # "The foreign minister of Libya, Abdel Rahman Shalgham, said"
            other = self.out.at(w) if w.dep_ == "appos" and w.i > t.i else None
            if other is not None and other.kind == "person":
                named = other
                break
        if named is None and t.dep_ == "appos" and t.head.i < t.i:
            named = self.out.at(t.head)
        if named is None:
            # "Russian Ambassador to the United Nations Vitaly Churkin", parsed with the title
            # as the head: the name inside its phrase is the one it titles
            for w in doc[t.i + 1:t.right_edge.i + 1]:
                if w.dep_ in ("cc", "conj", "punct", "relcl", "acl"):
                    break  # "the top U.S. diplomat and Iranian Foreign Minister Zarif": two people
                other = self.out.at(w)
                if other is not None and other.kind == "person":
                    named = other
                    break
        if named is not None and named.kind == "person":
            self.out.add_mention(named, s, t.i + 1)
            self.qualify(named, context + [t])
            claimed.update(range(s, t.i + 1))
            return
        # A bare "the spokesman" is left to the quotes, which resolve it to whoever spoke; one
        # with a country, body or article of its own is an actor in its own right.
        first = doc[s - 1] if s > 0 else None
        indefinite = first is not None and first.lower_ in ("a", "an")
        if t.tag_ in ("NNS", "NNPS") or not (indefinite or self._placed(context)):
            return
        name = doc[s:t.i + 1].text
        # "the Chinese ambassador" twice is one person; "a man" twice need not be
        key = "title:" + name.lower() + ("@" + str(s) if indefinite else "")
        a = self.actor(key, name, "person", s, t.i + 1)
        a.role = role.term
        a.add_sector(role.sector)
        a.evidence = a.evidence or f"title '{role.term}'"
        self.qualify(a, context)
        claimed.update(range(s, t.i + 1))

    def _placed(self, tokens: list[Token]) -> bool:
        """Whether a title phrase names a country or a body ("the Chinese ambassador")."""
        kb = self.kb
        for w in tokens:
            other = self.out.at(w)
            if other is not None and other.kind in ("country", "organization"):
                return True
            if kb.adjectives.get(w.text) or kb.country_names.get(w.text) or kb.country_of(w.text):
                return True
        return False

    def _of_phrase(self, t: Token) -> list[Token]:
        """The body or country of a title: "Government of India", "counsel to the White House"."""
        out: list[Token] = []
        for c in t.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and (self.out.at(p) is not None or p.ent_type_ in (
                            "GPE", "NORP", "ORG")):
                        out += list(doc_span(p))
        return out

    def _member_of(self, a: ActorInfo, role) -> None:
        """Members, officials and prisoners of a body take its sector first ("DEA officials")."""
        org = self.out.get(a.affiliation)
        if org is None or org.kind != "organization" or not org.sector:
            return
        if role is not None and role.term in MEMBER_ROLES:
            a.sector[:] = list(org.sector) + [c for c in a.sector if c not in org.sector]

    def finish(self) -> None:
        for a in self.out.actors:
            if a.kind == "country":
                a.sector = [c for c in a.sector if c]
            if a.country and a.kind in ("person", "group") and "IGO" in a.sector and len(
                    a.sector) > 1:
                # a country's envoy to the UN acts for the country ("Russian Ambassador to the UN")
                a.sector = [c for c in a.sector if c != "IGO"]
            if a.former and a.kind in ("person", "group"):
                # CAMEO codes former office holders as elites, not by the office they left
                a.sector = ["ELI"] + [c for c in a.sector if c not in ("GOV", "LEG", "ELI")]
                a.code = None
            if a.code is None and (a.country or a.sector):
                a.code = (a.country or "") + "".join(a.sector[:2])
            if a.kind == "organization" and "IGO" in a.sector and a.code and a.country is None:
                a.code = a.code if a.code.startswith("IGO") else "IGO" + a.code


def _metonymic(span: Span) -> bool:
    """A capital used for its government: 'Moscow said', 'Washington's decision'."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "poss" or any(c.tag_ == "POS" for c in root.children):
        return True
    # "sanctions against Moscow", "urged Washington": an actor's slot, not a location's.
    if root.dep_ == "pobj" and root.head.lower_ in ACTOR_PREPS:
        return True
    return root.dep_ in ("dobj", "dative") and root.head.pos_ == "VERB"


def _qualifiers(span: Span) -> list[Token]:
    """The adjective right before a name, or its owner ("Nigerian" Senate, "Brazil's" court)."""
    doc = span.doc
    out = [w for c in span.root.lefts if c.dep_ == "poss" and c.i < span.start
           for w in c.subtree]
    if span.start > 0 and doc[span.start - 1].pos_ in ("ADJ", "PROPN"):
        out.append(doc[span.start - 1])
    return out


def _person_role(kb: Knowledge, term: str) -> bool:
    r = kb.roles.get(term)
    return r is not None and r.kind == "person"


def _plural_people(span: Span) -> bool:
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ not in ("amod", "compound")


def _appositive(t: Token) -> list[Token]:
    """The words of an apposition up to its head and its "of"/"to"/"for" phrases, without the
    clauses that follow ("a Guatemalan migrant who died in the custody of …")."""
    out = list(t.doc[t.left_edge.i:t.i + 1])
    for c in t.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "at"):
            out += [w for w in c.subtree if w.dep_ not in ("relcl", "acl")]
    return out


def doc_span(t: Token) -> list[Token]:
    """A noun and its modifiers up to itself ("the Jerusalem court"), without clauses after it."""
    return list(t.doc[t.left_edge.i:t.i + 1])


def _inside_title(span: Span) -> bool:
    """'State' in 'Secretary of State John Kerry' is part of a title, not an organisation."""
    if len(span) != 1:
        return False
    t = span[0]
    return t.i >= 2 and t.doc[t.i - 1].lower_ == "of" and t.doc[t.i - 2].text[:1].isupper() and (
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON")


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())
