"""Actors: find every person, organisation, country and group in a Doc and merge their mentions.

Sources of evidence, strongest first: the dictionary (``dyad.knowledge``) matched with one compiled
PhraseMatcher, spaCy's named entities, and noun phrases headed or modified by a role noun
("rebel fighters", "State Department officials"). A person's premodifiers and appositions give
role, country and affiliation ("Russian Ambassador to the United Nations Vitaly Churkin").
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
        phrases = kb.phrases()
        tokenizer_doc = Doc  # patterns are tokenised like running text by the caller's nlp
        self._phrases = phrases
        self._tokenizer_doc = tokenizer_doc
        self._compiled = False

    def compile(self, make_doc) -> None:
        if not self._compiled:
            self.matcher.add("DYAD", [make_doc(p) for p in self._phrases])
            self._compiled = True

    def __call__(self, doc: Doc, published: str | None = None) -> ActorSet:
        return find_actors(doc, self.kb, self.matcher, published)


def find_actors(doc: Doc, kb: Knowledge, matcher: PhraseMatcher | None = None,
                published: str | None = None) -> ActorSet:
    builder = _Builder(doc, kb, published)
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
    def __init__(self, doc: Doc, kb: Knowledge, published: str | None):
        self.doc, self.kb, self.published = doc, kb, published
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
                a = self.entry_actor(entry, s, e)
            return a is not None
        if text in kb.capitals:
            if _metonymic(span):
                self.country_actor(kb.capitals[text], s, e)
                return True
            return False
        if origin == "NORP" or kb.adjectives.get(text):
            return False  # adjectives qualify other actors; handled there
        if origin == "PERSON":
            return self.person(s, e, None) is not None
        if origin == "ORG":
            if _inside_title(span):
                return False
            return self.organization(s, e) is not None
        return False

    def person(self, s: int, e: int, entry: Entry | None) -> ActorInfo | None:
        doc = self.doc
        span = doc[s:e]
        words = [t.text for t in span if not t.is_punct]
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
            if entry is None:
                pass
        else:
            a = self.actor("person:" + " ".join(words), " ".join(words), "person", s, e)
            a.evidence = a.evidence or "named entity"
        if entry is not None and len(words) > len(a.name.split()):
            a.name = " ".join(words)
        self.enrich_person(a, s, e)
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
        # Only an adjacent adjective qualifies a named organisation ("Russian Foreign Ministry");
        # a title phrase before it belongs to someone else ("Ambassador to the United Nations").
        if s > 0 and self.kb.adjectives.get(self.doc[s - 1].text):
            self.qualify(a, [self.doc[s - 1]])
        role = self._role_in(span)
        if role is not None:
            a.add_sector(role.sector)
        return a

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
        self.qualify(a, mods)
        head = doc[s:e].root
        for child in head.children:
            if child.dep_ == "appos" and child.i >= e:
                self.qualify(a, list(child.subtree))

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
                if a.affiliation is None and a.kind != "country":
                    a.affiliation = org.id
                a.country = a.country or org.country
                i += 1
                continue
            iso3 = kb.adjectives.get(t.text) or kb.country_names.get(t.text)
            if iso3 is None and "-" in t.text:
                iso3 = kb.country_of(t.text)
            if iso3 is None and i + 2 < len(tokens) and tokens[i + 1].text == "-":
                iso3 = kb.adjectives.get(t.text) or kb.country_names.get(t.text)
            if iso3:
                ca = self.country_actor(iso3, t.i, t.i + 1)
                if a.affiliation is None and a.kind != "country":
                    a.affiliation = ca.id
                backed = i + 2 < len(tokens) and tokens[i + 1].text == "-" and (
                    tokens[i + 2].lemma_.lower() in BACKING)
                if not backed:  # "Iranian-backed militias" act with Iran, they are not Iranian
                    a.country = a.country or iso3
            else:
                entry = kb.entry(t.text, self.published)
                if entry is not None and entry.kind != "person":
                    oa = self.entry_actor(entry, t.i, t.i + 1)
                    a.affiliation = a.affiliation or oa.id
                    a.country = a.country or entry.country
            i += 1

    def _role_in(self, span: Span):
        for t in reversed(span):
            r = self.kb.roles.get(t.lower_) or self.kb.roles.get(t.lemma_.lower())
            if r is not None:
                return r
        return None

    # -- unnamed groups ---------------------------------------------------------------------
    def take_groups(self, claimed: set[int]) -> None:
        doc, kb = self.doc, self.kb
        for t in doc:
            if t.pos_ != "NOUN" or t.i in claimed:
                continue
            if t.dep_ in ("compound", "amod") and t.head.pos_ in ("NOUN", "PROPN") and (
                    t.head.i > t.i):
                continue  # a modifier; its head decides
            mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
                    or (c.dep_ == "det" and c.lower_ in DETERMINERS)]
            start = min([c.left_edge.i for c in mods] + [t.i])
            phrase = list(doc[start:t.i + 1])
            head_role = None
            for n in (3, 2, 1):
                if t.i - n + 1 < 0:
                    continue
                words = doc[t.i - n + 1: t.i + 1]
                key = " ".join(w.lower_ for w in words[:-1]) + (" " if n > 1 else "") + t.lemma_.lower()
                head_role = kb.roles.get(key.strip())
                if head_role:
                    break
            mod_role = None
            for c in phrase[:-1]:
                r = kb.roles.get(c.lemma_.lower()) or kb.roles.get(c.lower_)
                if r is not None and r.kind != "person":
                    mod_role = r
            role = head_role or mod_role
            if role is None or (head_role is None and role.kind == "organization"):
                continue
            if head_role is not None and head_role.kind == "person":
                continue  # a bare "the spokesman": resolved by quotes, not a group of its own
            s = phrase[0].i
            while s < t.i and (doc[s].lower_ in DETERMINERS or doc[s].lower_ in GENERIC_MODIFIERS):
                s += 1
            if t.i in claimed:
                continue
            # "State Department officials": the named part stays its own actor and becomes the
            # group's affiliation; the group's mention is the whole phrase.
            words = [w for w in doc[s:t.i + 1]]
            name = doc[s:t.i + 1].text
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.lemma_ != t.lower_
            kind = "group" if plural or role.kind == "group" else "organization"
            key = "group:" + " ".join(w.lemma_.lower() for w in words)
            a = self.actor(key, name, kind, s, t.i + 1)
            a.add_sector(head_role.sector if head_role else ())
            a.add_sector(mod_role.sector if mod_role else ())
            a.evidence = a.evidence or f"role noun '{role.term}'"
            self.qualify(a, words[:-1])
            claimed.update(i for i in range(s, t.i + 1) if i not in self.out.by_token
                           or self.out.by_token[i] == a.id)

    def finish(self) -> None:
        for a in self.out.actors:
            if a.kind == "country":
                a.sector = [c for c in a.sector if c]
            if a.code is None:
                if a.country or a.sector:
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
    return False


def _inside_title(span: Span) -> bool:
    """'State' in 'Secretary of State John Kerry' is part of a title, not an organisation."""
    if len(span) != 1:
        return False
    t = span[0]
    return t.i >= 2 and t.doc[t.i - 1].lower_ == "of" and t.doc[t.i - 2].text[:1].isupper() and (
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON")


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())
