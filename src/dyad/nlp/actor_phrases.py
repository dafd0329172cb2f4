"""Title phrases and appositions: the words around a name that say who someone is.

A title or apposition gives a person or body its role, country and affiliation ("Russian
Ambassador to the United Nations Vitaly Churkin", "a court in Lyon"). Unnamed groups and titled
people without a name ("rebel fighters", "a Turkish prosecutor") are read in
``dyad.nlp.actor_groups``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import SENT_START
from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from dyad.knowledge import Entry
from dyad.nlp.actor_countries import (
    BACKING,
    DETERMINERS,
    PLACE_KINDS,
    CountryReader,
    _sent_to,
    doc_span,
    portfolio,
)
from dyad.nlp.actor_place_words import in_place_name
from dyad.nlp.actor_towns import us_party_tag
from dyad.nlp.titles import HONORIFICS, NAME_TITLES, business_title

if TYPE_CHECKING:
    from dyad.nlp.actors import ActorInfo, ActorSet

# Words that may stand inside a title before a name ("Secretary of State John Kerry").
TITLE_GLUE = {"of", "to", "for", "the", "-", "general"}
# Roles that say only that someone belongs to a body: the body's sector is theirs ("DEA officials"
# are police, "Taliban prisoners" are rebels).
MEMBER_ROLES = {"official", "member", "staff", "staffer", "employee", "worker", "representative",
                "delegate", "delegation", "leader", "prisoner", "detainee", "supporter", "fighter",
                "personnel", "officer", "agent", "expert", "investigator", "aide", "negotiator"}
# Roles of someone who speaks or acts for a body: the body's sector is theirs ("rebel spokesman" is
# REB, "army commander" MIL), where other titles keep their own ("health minister" is GOV).
SPEAKERS = MEMBER_ROLES | {"spokesman", "spokeswoman", "spokesperson", "commander", "chief", "head",
                           "chairman", "chairwoman", "chairperson", "director", "director general",
                           "director-general"}
FORMER = {"former", "ex", "ex-", "erstwhile"}  # not "then": "then-president" held the office
# "pro-Russian", "anti-American": what a group is for or against, not whose it is
LEANING = {"pro", "anti"}
# sectors of private people, whose nationality is no affiliation ("Nigerian woman X")
PRIVATE_SECTORS = {"CVL", "REF"}
# the second halves of "self-proclaimed", "self-declared", "self-styled" (the tokenizer splits them)
SELF_STYLED = {"proclaimed", "declared", "styled"}
# Modifiers that do not change who a group is ("remaining civilians" are the civilians).
GENERIC_MODIFIERS = {"remaining", "other", "many", "several", "some", "few", "more", "most",
                     "about", "numerous", "various", "certain", "additional", "further"}
# Verbs of a relative clause that say what someone is or leads ("who heads the electoral
# commission"); the serving ones say it with "as" or "for" ("who serves as its spokesman").
SERVING_VERBS = {"serve", "work", "act"}
OFFICE_VERBS = {"head", "lead", "run", "chair", "command", "direct", "represent", "govern",
                "be"} | SERVING_VERBS
# A place the model tagged as a person is taken for a place by its name alone when it is a country,
# a first-level region or a town of this many people ("Glasgow"); a smaller town of at least
# TOWN_PEOPLE only where the text names it as a place too ("in Keighley").
KNOWN_PLACE_PEOPLE = 500000
TOWN_PEOPLE = 50000


class PhraseReader(CountryReader):
    """Reads title phrases, appositions and unnamed groups for the actor builder, which supplies
    the document, the dictionary, the actors found so far and ``actor``, ``country_actor`` and
    ``entry_actor`` to create or join one."""

    out: ActorSet
    persons: list[ActorInfo]  # the persons found so far, in the order found
    _sent_starts: list[int] | None = None  # each token's sentence start, read once per Doc

    def actor(self, key: str, name: str, kind: str, s: int, e: int) -> ActorInfo:
        raise NotImplementedError

    def country_actor(self, iso3: str, s: int, e: int) -> ActorInfo:
        raise NotImplementedError

    def entry_actor(self, entry: Entry, s: int, e: int) -> ActorInfo:
        raise NotImplementedError

    # -- premodifiers, appositions ----------------------------------------------------------
    def _left_modifiers(self, s: int) -> list[Token]:
        """The title phrase right before position s ("Russian Ambassador to the United Nations")."""
        doc = self.doc
        i = s - 1
        out: list[Token] = []
        sent_start = self._sentence_start(s)
        while i >= sent_start:
            t = doc[i]
            # a plural ends the phrase unless the title holds it ("human rights lawyer",
            # "Minister of Foreign Affairs")
            plural = t.tag_ in ("NNS", "NNPS") and not (t.dep_ == "compound" or (
                t.dep_ == "pobj" and t.head.lower_ in TITLE_GLUE))
            if plural or t.lower_ in ("and", "or") or (
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

    def _sentence_start(self, s: int) -> int:
        """Where the sentence of token s starts, as ``doc[s].sent.start`` reads it (0 in a Doc
        without sentence starts); read from the Doc's array once."""
        doc = self.doc
        if self._sent_starts is None:
            if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or (
                    "sents" in doc.user_hooks):
                return doc[s].sent.start if doc.has_annotation("SENT_START") else 0
            if not doc.has_annotation("SENT_START"):
                self._sent_starts = [0] * len(doc)
            else:
                n = len(doc)
                starts = numpy.where(doc.to_array(SENT_START) == 1, numpy.arange(n), 0)
                self._sent_starts = numpy.maximum.accumulate(starts).tolist() if n else []
        return self._sent_starts[s]

    def _list_title(self, s: int) -> list[Token]:
        """The plural title before the first of a list of names that position s opens a later
        name of: "Railtrack managers Alistair Cook, Sean Fugill and Keith Lea", "Council members
        Michael Keenan, Rick Gerber and John Reiner" title all three; a singular title is its own
        name's ("Mayor Jane Roe and John Smith")."""
        doc = self.doc
        i, names = s - 1, 0
        while names < 12:
            k = i
            if k >= 0 and doc[k].lower_ in ("and", "&"):
                k -= 1
            if k >= 0 and doc[k].text == ",":
                k -= 1
            if names and k == i and i >= 0 and doc[i].tag_ in ("NNS", "NNPS"):
                # the plural right before the list: "Balfour Beatty managers Anthony Walker and
                # Nicholas Jeffries", where the names are in apposition to it
                return list(doc[doc[i].left_edge.i:i + 1])
            if k < 0 or k == i or doc[k].ent_type_ != "PERSON":
                return []  # no list of names before
            j = k
            while j > 0 and doc[j].ent_iob_ == "I":
                j -= 1
            mods = self._left_modifiers(j)
            if mods:
                return mods if mods[-1].tag_ in ("NNS", "NNPS") else []
            names += 1
            i = j - 1
        return []

    def enrich_person(self, a: ActorInfo, s: int, e: int) -> None:
        doc = self.doc
        mods = self._left_modifiers(s)
        listed = not mods  # a later name of a list takes the list's title, not its coordination
        mods = mods or self._list_title(s)
        if mods and mods[-1].lower_ in HONORIFICS:
            a.gender = a.gender or HONORIFICS[mods[-1].lower_]
        head = doc[s:e].root
        owners = [w for c in head.lefts if c.dep_ == "poss" and c.i < s for w in c.subtree]
        if not owners:
            # "Mauritania's President Mohamed Ould Abdel Aziz": the owner may hang on the title
            owners = [w for m in mods for c in m.lefts if c.dep_ == "poss" for w in c.subtree]
        if owners and (not mods or owners[-1].i < mods[0].i):
            mods = owners + mods  # "Japan's Crown Prince Naruhito"
        self.qualify(a, mods)
        if a.country is None and mods and not listed:
            # "British financier and human rights activist William Browder": one person's
            # coordinated titles; the earlier one's nationality is theirs unless it names
            # someone else ("Putin and Foreign Minister Lavrov")
            title, earlier = mods[-1], []
            j = mods[0].i - 1  # back over the words of the same title ("human rights activist")
            while j > mods[0].i - 4 and j > 0 and doc[j].pos_ in ("NOUN", "ADJ") and (
                    doc[j].is_lower and not doc[j].ent_type_):
                j -= 1
            if j > 0 and doc[j].lower_ == "and":
                earlier = self._left_modifiers(j)
                if earlier and earlier[0].i > 0 and doc[earlier[0].i - 1].lower_ in DETERMINERS:
                    earlier = []  # "the Russian leader and …": a phrase of its own
            elif title.dep_ == "conj" and title.head.i < title.i and title.head.pos_ == "NOUN":
                earlier = list(doc[title.head.left_edge.i:title.head.i + 1])
            if earlier and not any(self.out.at(w) is not None and self.out.at(w).kind == "person"
                       for w in earlier):
                self.qualify(a, [w for w in earlier if self.kb.country_of(w.text)])
            elif j > 0 and doc[j].lower_ == "and":
                a.beside_other = True
        if a.country is None and us_party_tag(self.places, doc, e):
            a.country = "USA"
        for child in head.children:
            if child.dep_ == "appos" and child.i >= e:
                self.qualify(a, _appositive(child))
            elif child.dep_ == "prep" and child.i >= e and child.lower_ in ("of", "from"):
                # "John Bruton of Ireland": a country, or a town or region that gives one
                place = [w for p in child.children if p.dep_ == "pobj" for w in doc_span(p)]
                if any(w.ent_type_ in ("GPE", "NORP") for w in place):
                    self.qualify(a, place)
            elif child.dep_ == "relcl" and child.i >= e:
                self.qualify(a, self._office_in_clause(child))
        if head.dep_ == "appos" and head.head.i < s and head.head.pos_ == "NOUN":
            # "his Iranian counterpart, Mostafa Mohammad Najjar": the title comes first
            title = [w for w in doc_span(head.head) if w.dep_ != "poss"]
            if self.kb.role(head.head.lemma_) or self.kb.role(head.head.lower_):
                self.qualify(a, title)
            elif any(c.dep_ == "prep" and c.lower_ == "of" for c in head.head.children):
                # "the head of Kenya's police, Joseph Boinnet": whose head the "of" phrase says
                self.qualify(a, _appositive(head.head))

    def _office_in_clause(self, verb: Token) -> list[Token]:
        """The office, body or country a relative clause says a person holds or leads ("who heads
        Nigeria's electoral commission", "who is Kenya's interior minister", "who serves as the
        army's spokesman"); empty for any other clause ("who met Russia's foreign minister")."""
        lemma = verb.lemma_.lower()
        if lemma not in OFFICE_VERBS or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                for c in verb.children):
            return []
        for c in verb.children:
            obj = None
            if c.dep_ in ("dobj", "attr") and c.i > verb.i and lemma not in SERVING_VERBS:
                obj = c
            elif c.dep_ == "prep" and c.lower_ in ("as", "for") and lemma in SERVING_VERBS:
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            kb = self.kb
            if kb.role(obj.lemma_) or kb.role(obj.lower_) or kb.country_of(obj.text) or (
                    obj.ent_type_ in ("ORG", "GPE", "NORP")) or self.out.at(obj) is not None:
                return _appositive(obj)
        return []

    def _name_word(self, word: str) -> bool:
        """Whether an untagged capitalised word is rather a person's name than a town's: a
        surname of the dictionary's people or a word of the name of a person the text names
        ("Kennedy Elementary School"; "Garcia Memorial Hospital" beside Dr. Harold Garcia)."""
        return bool(self.kb.surname_countries(word)) or any(
            word in p.name.split() for p in self.persons)

    def company_not_person(self, s: int, e: int) -> bool:
        """Whether a name the model tagged a person is a company's: one a legal form ends ("Paws
        Incorporated", "Tomiyama Ltd"), that the kind of firm right before it describes
        ("Australian budget airline Virgin Blue") or that names a company already found; not a
        firm the name is the subject of a clause after ("bought the company John Smith founded")."""
        doc, roles = self.doc, self.kb.roles

        def firm(t: Token) -> bool:
            r = roles.get(t.lower_) or roles.get(t.lemma_.lower())
            return r is not None and r.kind == "organization" and r.sector[:1] == ("BUS",)

        if e - s > 1 and firm(doc[e - 1]) and not doc[e - 1].is_lower:
            return True
        name = doc[s:e].text
        if any(a.kind == "organization" and a.name == name and "BUS" in a.sector
               for a in self.out.actors):
            return True  # "Virgin Blue said …" after "budget airline Virgin Blue"
        before = doc[s - 1] if s > 0 else None
        return before is not None and before.is_lower and before.tag_ == "NN" and firm(
            before) and before.dep_ in ("compound", "nmod", "amod") and s <= before.head.i < e

    def place_not_person(self, s: int, e: int) -> bool:
        """Whether a name the model tagged a person is a place of the gazetteer with nothing that
        makes it a person ("a sell-out crowd in Glasgow", "The Glasgow meeting"): no title or
        honorific before it or in apposition, not a first name or surname of the dictionary's
        people, nor part of the name of a person the text has named; a town only where it is
        well known (``KNOWN_PLACE_PEOPLE``) or the text names it as a place elsewhere."""
        if self.places is None or e - s > 3:
            return False
        doc, kb = self.doc, self.kb
        span = doc[s:e]
        words = [w.text for w in span]
        if not all(w.is_title for w in span) or kb.first_name(words[0]) or kb.surname_countries(
                words[-1]) or any(words[-1] in p.name.split() for p in self.persons):
            return False

        def titled(w: Token) -> bool:
            r = kb.role(w.lower_) or kb.role(w.lemma_)
            return w.lower_ in HONORIFICS or w.lower_ in NAME_TITLES or (
                r is not None and r.kind == "person")

        if titled(span[0]) or any(titled(w) for w in self._left_modifiers(s)[-2:]) or any(
                c.dep_ == "appos" and titled(c) for c in span.root.children):
            return False
        places = [p for p, _ in self.places.lookup(span.text) if p.country and (
            p.feature in ("country", "admin1") or p.population >= TOWN_PEOPLE)]
        if not places:
            return False
        if any(p.feature in ("country", "admin1") or p.population >= KNOWN_PLACE_PEOPLE
               for p in places):
            return True
        return any(ent.label_ in ("GPE", "LOC") and ent.text == span.text
                   for ent in self.clues[1]) or re.search(
            rf"\b(?:in|at|from|near) {re.escape(span.text)}\b", doc.text) is not None

    def surname_of_named(self, span: Span) -> bool:
        """Whether a name is the surname of a person the text has named in full, whatever the
        model took it for ("Paul Krugman … Krugman added" a body, "Jim Jordan … Jordan said" a
        country): the model labels one name differently from sentence to sentence."""
        words = name_words(span)
        return bool(words) and all(w[:1].isupper() for w in words) and any(
            len(p.name.split()) > len(words) and p.name.split()[-len(words):] == words
            for p in self.persons)

    def named_by_title(self, span: Span) -> bool:
        """Whether a name the model took for a body stands in apposition to one person's title
        ("the spokesman, Ahmed Hafez"), either way round."""
        root = span.root
        if span.text.isupper():
            return False  # an acronym is a body's ("leaders of the Alliance For Change (AFC)")
        others = [root.head] if root.dep_ == "appos" else []
        others += [c for c in root.children if c.dep_ == "appos"]
        # or capitalised outside any name ("Sweden's Minister of Agriculture, Ann-Christin
        # Nykvist")
        return any((r := self.kb.role(w.lemma_) or self.kb.role(w.lower_)) is not None
                   and r.kind == "person" and (w.tag_ == "NN" or (
                       w.tag_ == "NNP" and not w.ent_type_)) for w in others)

    def full_name_entry(self, words: list[str]) -> Entry | None:
        """The dictionary person a name stands for when it leaves out or adds a middle name
        ("Qamar Bajwa" for Qamar Javed Bajwa): its last word is one of the person's aliases and its
        first word the person's first name."""
        if len(words) < 2:
            return None
        entry = self.kb.entry(words[-1], self.published)
        if entry is None or entry.kind != "person" or entry.name.split()[0] != words[0]:
            return None
        return entry

    def titled_name(self, span: Span) -> int | None:
        """How many title words begin a span the model labelled an organisation that is a titled
        person's name ("Cuban Parliament President Esteban Lazo", "Dr Bukola Saraki"); None when
        it is no such name."""
        kb, doc = self.kb, self.doc
        title = 1 if span[0].lower_ in NAME_TITLES else 0
        if not title:
            before = doc[span.start - 1] if span.start > 0 else None
            role = kb.role(before.lower_) if before is not None else None
            if role is None or role.kind != "person" or before.dep_ != "compound":
                return None
        words = span[title:]

        def named(w: Token) -> bool:  # a word of a body's name, or one that names a kind of body
            entry = kb.entry(w.text, self.published)
            return (entry is not None and entry.kind != "person") or kb.role(w.lower_) is not None \
                or kb.role(w.lemma_) is not None or w.lower_ in PLACE_KINDS

        if not 2 <= len(words) <= 4 or any(not w.is_title or w.pos_ != "PROPN" or named(w)
                                           or kb.country_of(w.text) for w in words):
            return None
        return title

    def body_title(self, s: int) -> list[Token]:
        """The title right before a name when it says the name is a body's ("Indian telecoms
        firm", "luxury hospitality group")."""
        head = self.doc[s - 1] if s > 0 else None
        if head is None or head.pos != NOUN:
            return []
        role = self.kb.role(head.lemma_) or self.kb.role(head.lower_)
        if role is None or role.kind != "organization":
            return []
        mods = self._left_modifiers(s)
        glue = [k for k, w in enumerate(mods) if w.lower_ in TITLE_GLUE]
        mods = mods[glue[-1] + 1:] if glue else mods  # "a section of the opposition X": "opposition"
        return mods if mods and mods[-1].i == s - 1 else []

    def describe_organization(self, a: ActorInfo, s: int, e: int) -> int:
        """Country and sector of a named body from a phrase that says what it is: a title before
        it ("Indian telecoms firm Bharti Airtel") or an apposition ("Acme, a Nigerian oil
        company"). Returns where the title before it starts (``s`` when there is none)."""
        doc, kb = self.doc, self.kb
        start = s
        mods = self.body_title(s)
        if mods:
            self.qualify(a, mods)
            start = mods[0].i
        if e >= len(doc) or doc[e].text != ",":
            return start  # an apposition follows a comma
        for child in doc[e + 1:min(e + 8, len(doc))]:
            if child.dep_ == "appos" and s <= child.head.i < e and child.pos_ == "NOUN":
                role = kb.role(child.lemma_) or kb.role(child.lower_)
                if role is not None and role.kind == "organization":
                    self.qualify(a, _appositive(child))
                break
        return start

    def qualify(self, a: ActorInfo, tokens: list[Token]) -> None:
        """Read role, country and affiliation from a title phrase or apposition."""
        if not tokens:
            return
        kb = self.kb
        found = []  # (end position, length, term, Role)
        lowers = [t.lower_ for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        for n in (4, 3, 2, 1):
            for i in range(len(tokens) - n + 1):
                term = " ".join(lowers[i:i + n])
                lemma = " ".join(lemmas[i:i + n])
                r = kb.roles.get(term) or kb.roles.get(lemma)
                if r is None and " - " in term:  # "Attorney-General", "Secretary-General"
                    r = kb.roles.get(term.replace(" - ", "-")) or kb.roles.get(
                        term.replace(" - ", " "))
                    term = r.term if r is not None else term
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
        if a.kind == "person" and a.role in SPEAKERS:
            bodies = [f for f in found if f[3].kind != "person" and f[2] != a.role]
            if bodies:  # the body nearest the title: "rebel spokesman", "police spokesman"
                body = max(bodies, key=lambda f: (f[0], f[1]))[3].sector
                _body_first(self.kb, a, body, role[0] if role is not None else None)
        # Organisations and countries inside the phrase: the affiliation, and the country.
        i = run_end = 0
        origin = None
        while i < len(tokens):
            t = tokens[i]
            org = self.out.at(t)
            if org is not None and org is not a and org.kind == "organization" and _based(t):
                i += 1  # "EU-based airlines" are where the body is, not the body's
                continue
            if org is not None and org is not a and org.kind in ("organization", "country"):
                self._affiliate(a, org)
                if a.country is None and org.country is None and a.kind != "country":
                    # a town the model took for a body ("a court in Lyon")
                    a.country = self._place_country(t)
                i += 1
                continue
            if t.i in self.out.regional:  # "Latin American", "the South China Sea"
                i += 1
                continue
            if org is not None and org is not a and org.kind == "person" and a.kind == "person" and (
                    a.role in SPEAKERS) and t.i + 1 < len(self.doc) and (
                    self.doc[t.i + 1].tag_ == "POS"):
                # "Lee's communications director" serves Lee: Lee's country, and sector first
                a.affiliation = a.affiliation or org.id
                a.country = a.country or org.country
                a.put_first(org.sector[:1])
                i += 1
                continue
            if org is not None and org is not a and org.kind == "person" and a.kind in (
                    "organization", "group") and org.country and t.ent_type_ == "PERSON":
                # "the Clinton administration": a person the text placed, as a dictionary
                # person's name places the body or group it names ("the Obama administration")
                a.country = a.country or org.country
                i += 1
                continue
            low = t.lower_
            if low in FORMER and a.kind != "country":
                a.former = True
            elif low in SELF_STYLED and t.i >= 2 and self.doc[t.i - 1].text == "-" and (
                    self.doc[t.i - 2].lower_ == "self") and a.kind in ("person", "group"):
                a.self_styled = True  # "the self-proclaimed interim president"
            elif low in ("country", "nation") and t.i + 1 < len(self.doc) and (
                    self.doc[t.i + 1].tag_ == "POS") and a.kind != "country":
                a.country = a.country or self.home  # "the country's foreign minister"
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
                iso3 = kb.adjectives.get(t.text) or lower_demonym(kb, t)
                if iso3 is None and kb.country_names.get(t.text):
                    iso3 = kb.country_names[t.text]
                    region = self.region_country(t.i, t.i + 1, iso3)
                    if region:  # "New Mexico's chief justice", "Georgia Governor Brian Kemp"
                        a.country = a.country or region
                        i += 1
                        continue
            if iso3 is None and "-" in t.text:
                iso3 = kb.country_of(t.text)
            if iso3 and (_sent_to(tokens, i) or (i > 0 and tokens[i - 1].lower_ == "ethnic") or (
                    i > 1 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in LEANING)):
                # "the UN envoy for Somalia", "the U.S. ambassador to Israel": the host; "ethnic
                # Albanian guerrillas" in Macedonia: a people, placed by where they are;
                # "pro-Russian separatists" side with Russia as backed ones do, are not Russian
                i += n
                continue
            if iso3:
                ca = self.country_actor(iso3, t.i, t.i + n)
                if a.affiliation is None and a.kind != "country" and not _private(a):
                    a.affiliation = ca.id
                backed = i + n + 1 < len(tokens) and tokens[i + n].text == "-" and (
                    tokens[i + n + 1].lemma_.lower() in BACKING) or (
                    "-" in t.text and t.text.split("-", 1)[1].lower() in BACKING)
                born = "-" in t.text and t.text.rsplit("-", 1)[1].lower() == "born" or (
                    i + n + 1 < len(tokens) and tokens[i + n].text == "-"
                    and tokens[i + n + 1].lower_ == "born")
                if born:  # "the Afghan-born U.S. envoy": a birthplace yields to a nationality
                    origin = origin or iso3
                elif not backed:  # "Iranian-backed militias" act with Iran, are not Iranian
                    a.country = a.country or iso3
                i += n
                continue
            elif i + 2 < len(tokens) and tokens[i + 1].text == "-" and (
                    tokens[i + 2].lemma_.lower() in BACKING or tokens[i + 2].lower_ in BACKING):
                i += 1  # "Moscow-backed separatists" act with Russia, are not Russian
                continue
            else:
                entry = kb.entry(t.text, self.published)
                if entry is not None and entry.kind != "person" and in_place_name(
                        t.doc, t.i, t.i + 1, kb, self.places):
                    entry = None  # "Apple Valley police": a town's, not Apple's
                if entry is not None and entry.kind == "person" and a.kind in (
                        "organization", "group"):
                    a.country = a.country or entry.country  # "the Obama administration"
                elif entry is None and a.kind != "country" and (t.ent_type_ in ("GPE", "LOC") or (
                        t.is_title and t.pos_ in ("PROPN", "NOUN") and not kb.role(t.text)
                        and not self._name_word(t.text))):
                    # a town or region, the whole name where the model tagged none ("New South
                    # Wales government"); a body the dictionary knows ("Hamas") gives its own
                    j = i + 1
                    while i >= run_end and not t.ent_type_ and j < len(tokens) and (
                            tokens[j].i == t.i + j - i and tokens[j].is_title
                            and tokens[j].pos_ == "PROPN"):
                        j += 1
                    run_end = max(run_end, j)  # a run's tail is not looked up again on its own
                    name = " ".join(w.text for w in tokens[i:j])
                    iso3 = self._place_country_named(name) if j > i + 1 else None
                    a.country = a.country or iso3 or self._place_country(t)
                    if iso3:
                        i = j
                        continue
                if entry is not None and entry.kind != "person" and not portfolio(
                        kb, entry, t.doc, t.i, t.i + 1):
                    self._affiliate(a, self.entry_actor(entry, t.i, t.i + 1))
            i += 1
        a.country = a.country or origin

    def _affiliate(self, a: ActorInfo, org: ActorInfo) -> None:
        if a.kind == "country":
            return
        if a.affiliation is None and not (org.kind == "country" and _private(a)):
            a.affiliation = org.id
        a.country = a.country or org.country
        if "IGO" in org.sector:  # the UN's officials and bodies are IGO, whatever their title
            a.sector[:] = ["IGO"] + [c for c in a.sector if c != "IGO"]
        elif a.kind == "person" and a.role in SPEAKERS and org.kind == "organization" and (
                org.sector and not a.evidence.startswith("dictionary")):
            # "the Taliban spokesman", "a Pentagon official": the body's sector first
            _body_first(self.kb, a, org.sector, a.role)
        elif a.kind == "person" and not a.sector and org.kind == "organization" and (
                a.affiliation == org.id):
            # one with no title the dictionary knows, of a body ("the head of the Kenyan Red
            # Cross", "who leads the Egyptian Bar Association"): the body's sector
            a.add_sector(org.sector)

def _body_first(kb, a: ActorInfo, body: list[str], title: str | None) -> None:
    """The sector of the body a person speaks or works for first ("rebel spokesman", "the
    Taliban spokesman"). A chair or director is a company's only by default: the chairman of a
    Senate committee or the director of the FBI is the body's, not business."""
    a.put_first(body)
    if body and "BUS" not in body and business_title(kb, title):
        a.sector[:] = [c for c in a.sector if c != "BUS"]


def _based(t: Token) -> bool:
    """Whether a word names where something is based, not whose it is: "EU" in "EU-based
    airlines"."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i].whitespace_ and (
        doc[t.i + 2].lower_ == "based")


def _appositive(t: Token) -> list[Token]:
    """The words of an apposition up to its head and its "of"/"to"/"for"/"at"/"from" phrases
    ("a businessman from Somalia"), without the clauses that follow ("a Guatemalan migrant who
    died in the custody of …")."""
    out = list(t.doc[t.left_edge.i:t.i + 1])
    for c in t.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "at", "from"):
            out += [w for w in c.subtree if w.dep_ not in ("relcl", "acl")]
    return out


def name_words(span: Span) -> list[str]:
    """A name's words as the text writes them: "Ban Ki-moon" keeps its hyphen, a stray comma or
    quotation mark goes."""
    parts = []
    for t in span:
        if t.is_punct and not (t.text == "-" and not t.whitespace_ and t.i > span.start
                               and not t.doc[t.i - 1].whitespace_):
            parts.append(t.whitespace_ or " ")
        else:
            parts.append(t.text_with_ws)
    return "".join(parts).split()


# Demonyms whose lower-case form is also a common English word ("polish the shoes").
def _private(a: ActorInfo) -> bool:
    """Whether an actor is a private person or group ("Nigerian woman X", "Syrian refugees",
    "French prodigy X"): a nationality says where they are from, not whom they speak or work for."""
    return a.kind in ("person", "group") and set(a.sector) <= PRIVATE_SECTORS


COMMON_WORDS = {"polish"}


def lower_demonym(kb, t: Token) -> str | None:
    """The country of a demonym written in lower case before a noun ("the palestinian
    authorities", "israeli troops" in careless copy)."""
    if not t.is_lower or t.dep_ != "amod" or t.lower_ in COMMON_WORDS:
        return None
    return kb.adjectives.get(t.text.capitalize())

