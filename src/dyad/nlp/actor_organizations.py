"""Named organisations the dictionary does not know: a body the model tagged ("the Opinar
weekly", "Nigerian Export Processing Zones Authority") takes its kind of body from a role noun in
its name, and its country from an adjacent nationality or owner, from the country, body, leader or
town its own name holds ("Government of India", "Clinton Administration", "New York Stock
Exchange"), or from an acronym that spells an organisation already named.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyad.knowledge import strip_the
from dyad.nlp.actor_mentions import acronym
from dyad.nlp.actor_phrases import PhraseReader
from dyad.nlp.actor_place_words import in_place_name

if TYPE_CHECKING:
    from dyad.knowledge import Entry
    from dyad.nlp.actors import ActorInfo

# The place names of a text that say which country it is about.
COUNTRY_LABELS = ("GPE", "NORP")

# Bodies named after the one who leads them ("the Clinton Administration", "the Assad regime").
LEADER_BODIES = {"administration", "government", "regime", "cabinet", "presidency", "junta"}
# Nouns of an office of any kind, whose name says what kind by the service before the noun: a
# "Police Department" or "Sheriff's Department" is a police force, not a ministry.
GENERIC_BODIES = {"department", "agency", "bureau", "division", "office", "unit"}
# The services that make an office of that kind their own ("Army Department": the army's).
ARMED_SECTORS = {"COP", "MIL"}


class OrganizationReader(PhraseReader):
    """Reads named organisations for the actor builder."""

    _named_countries: Counter[str] | None = None  # read when a shared acronym asks for them

    def text_entry(self, name: str, entry: Entry | None) -> Entry | None:
        """The body a name that several countries' bodies share means in this text ("FSA": the
        Financial Services Authority of a British report, the Free Syrian Army of a Syrian one):
        one the text has already named in full, else the one whose country the text names most
        (its setting counting once more); where none leads, the dictionary's own choice."""
        kb = self.kb
        cands = [x for x in kb.by_alias.get(name, ()) if x.kind != "person" and x.covers(
            self.published)]
        if entry is None or len({x.country for x in cands}) < 2:
            return entry
        named = {a.name for a in self.out.actors}
        full = [x for x in cands if x.name in named]
        if len(full) == 1:
            return full[0]
        score = {x.country: self.named_countries()[x.country] for x in cands if x.country}
        best = max(score.values(), default=0)
        leaders = [c for c, n in score.items() if n == best]
        if best == 0 or len(leaders) > 1:
            return entry
        return entry if entry.country == leaders[0] else next(
            x for x in cands if x.country == leaders[0])

    def named_countries(self) -> Counter[str]:
        """How often the text names each country, by its name, capital or people, and its
        setting once more."""
        if self._named_countries is None:
            kb, out = self.kb, Counter()
            for ent in self.doc.ents:
                if ent.label_ in COUNTRY_LABELS:
                    text = strip_the(ent.text)
                    iso3 = kb.country_names.get(text) or kb.adjectives.get(
                        text) or kb.capitals.get(text)
                    if iso3:
                        out[iso3] += 1
            if self.home:
                out[self.home] += 1
            self._named_countries = out
        return self._named_countries

    def organization(self, s: int, e: int) -> ActorInfo | None:
        span = self.doc[s:e]
        name = span.text
        # An acronym that spells an organisation already named joins it ("Islamic State" / "IS"),
        # spelt with its small words or without the nationality before it ("Philippine
        # Department of Health" / "DOH"), so the acronym is not read as a town ("DOH" is Doha's).
        for a in self.out.actors:
            if a.kind in ("organization", "group", "other") and name.replace(
                    ".", "") in self._acronyms(a.name):
                self.out.add_mention(a, s, e)
                return a
        a = self.actor("org:" + name.lower(), name, "organization", s, e)
        a.evidence = a.evidence or "named entity"
        role = self._role_in(span)
        if role is not None:
            a.add_sector(role.sector)
        # Only an adjacent adjective, country or owner qualifies a named organisation ("Russian
        # Foreign Ministry", "Syria's foreign ministry"), or a title that says what kind of body it
        # is ("Indian telecoms firm"); another title phrase before it belongs to someone else
        # ("Ambassador to the United Nations").
        doc = self.doc
        if s > 0 and (self.kb.adjectives.get(doc[s - 1].text) or (
                self.kb.country_names.get(doc[s - 1].text) and doc[s - 1].dep_ == "compound")):
            self.qualify(a, [doc[s - 1]])  # "Russian Foreign Ministry", "U.S. Chamber of Commerce"
        start = self.describe_organization(a, s, e)
        if start < s:
            self.out.add_mention(a, start, s)
            self.claims.update(range(start, s))
        owners = [w for c in span.root.lefts if c.dep_ == "poss" and c.i < s for w in c.subtree]
        # Its own name may say whose it is: "Nigerian Export Processing Zones Authority",
        # "United States Government", "Government of India", "UN Support Mission in Libya".
        self._name_parts(a, list(span))
        self.qualify(a, owners)
        return a

    def _acronyms(self, name: str) -> set[str]:
        """The ways a body's name is abbreviated: the initials of its capitalised words, or of
        all its words ("Department of Health": "DH", "DOH"), each also without a country or
        nationality the name begins with; only those of two letters or more."""
        words = name.replace("-", " ").split()
        forms = [words]
        if len(words) > 2 and (self.kb.adjectives.get(words[0]) or self.kb.country_names.get(
                words[0])):
            forms.append(words[1:])
        out = set()
        for form in forms:
            out.add(acronym(" ".join(form)))
            out.add("".join(w[0].upper() for w in form if w[:1].isalpha()))
        return {x for x in out if len(x) > 1}

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
                if entry is not None and in_place_name(
                        self.doc, words[0].i, words[-1].i + 1, kb, self.places):
                    entry = None  # "the Big Apple": a place's name, no body's
                iso3 = kb.country_names.get(text) or kb.adjectives.get(text)
                if iso3 and text in kb.country_names:  # "Georgia Senate", "New Mexico Senate"
                    iso3 = self.region_country(words[0].i, words[-1].i + 1, iso3) or iso3
                if iso3:
                    a.country = a.country or iso3
                    break
                if entry is not None and entry.kind != "person" and entry.name != a.name:
                    a.country = a.country or self.body_country(entry, text)
                    if not a.sector and (i + n == len(tokens) or i == 0):
                        # the body the name ends in is the one it names ("Iranian Revolutionary
                        # Guards"); one earlier in it only owns it ("Senate Committee on Trade"),
                        # but where no role noun says what kind of body it is, a name the body
                        # opens is one of its own outlets or arms ("BBC One", "BBC Radio Five
                        # Live", "Microsoft Research") and does the same work
                        a.add_sector(entry.sector)
                    if "IGO" in entry.sector:
                        a.sector[:] = ["IGO"] + [c for c in a.sector if c != "IGO"]
                    break
            else:
                n = 1
            i += n
        if a.country is None and len(tokens) > 1:
            a.country = self._leader_country(tokens)
        if a.country is None and 1 < len(tokens) < 4 and all(
                w.is_title or w.text == "-" for w in tokens):
            # a town's or region's whole name the model took for a body ("from Beni Suef",
            # "Saxony-Anhalt"), before a town its first word names (Beni, Congo)
            a.country = self._place_country_named(" ".join(w.text for w in tokens))
        if a.country is None and tokens and tokens[0].is_title:
            # a town or region at the head of the name: "New York Stock Exchange", "Delhi Court";
            # not a given name hyphened to another ("Ann-Christin Nykvist" is not of Ann,
            # Myanmar; "Fargo-Moorhead" is of Fargo)
            for n in (3, 2, 1):
                if len(tokens) > n and all(w.is_title for w in tokens[:n]) and not (
                        tokens[n].text == "-" and not tokens[n - 1].whitespace_
                        and self.kb.first_name(tokens[n - 1].text)):
                    head = " ".join(w.text for w in tokens[:n])
                    if f"{head} {tokens[n].text}".lower() in self.kb.roles:
                        break  # "Roman Catholic Archbishop": a faith's words, not Roman, Romania
                    a.country = self.namesake_of(head, self._place_country_named(head))
                    if a.country:
                        break

    def namesake_of(self, name: str, iso3: str | None) -> str | None:
        """The country a country's or capital's name heading a body's name stands for: its
        namesake's where the opening places one ("the Athens Police Department", Texas)."""
        _ = self.home  # reading the setting finds the namesakes
        return self._namesakes.get(name, iso3)

    def _leader_country(self, tokens: list[Token]) -> str | None:
        """The country of the person a government is named after ("Clinton Administration",
        "Maduro government"): the dictionary's person, or the one country all its people of
        that surname share."""
        kb = self.kb
        if tokens[-1].lower_ not in LEADER_BODIES:
            return None
        for w in tokens[:-1]:
            if not w.is_title or w.ent_type_ in ("GPE", "NORP", "LOC"):
                continue
            entry = kb.entry(w.text, self.published)
            countries = {entry.country} if entry is not None and entry.kind == "person" else (
                kb.surname_countries(w.text, self.published) if entry is None else set())
            if len(countries) == 1 and None not in countries:
                return next(iter(countries))
        return None

    def _role_in(self, span: Span):
        roles = self.kb.roles
        root = span.root
        if root.i < span.end - 1 and any(w.lower_ == "of" for w in span[root.i - span.start:]):
            # the body an "of" phrase names is the head's ("Court of Criminal Appeals": a court)
            two = f"{span.doc[root.i - 1].lower_} {root.lower_}" if root.i > span.start else ""
            r = roles.get(two) or roles.get(root.lower_) or roles.get(root.lemma_.lower())
            if r is not None:  # "Central Bank of Liberia": a central bank
                return r
        for i in range(len(span) - 1, -1, -1):
            t = span[i]
            if i > 0:  # "Stock Exchange", "Foreign Ministry"
                r = roles.get(f"{span[i - 1].lower_} {t.lower_}")
                if r is not None:
                    return r
            r = roles.get(t.lower_) or roles.get(t.lemma_.lower())
            if r is not None:
                return self._service_before(span, i) if t.lower_ in GENERIC_BODIES else r
        return None

    def _service_before(self, span: Span, i: int):
        """The role of an office's name at word i: the police or armed service named right before
        a generic office noun ("Mansfield Police Department", "Henderson County Sheriff's
        Department"), else the noun's own ("Minnesota Department of Transportation")."""
        roles = self.kb.roles
        j = i - 1
        if j > 0 and span[j].lower_ in ("'s", "’s"):
            j -= 1
        if j >= 0:
            r = roles.get(span[j].lower_) or roles.get(span[j].lemma_.lower())
            if r is not None and r.sector and r.sector[0] in ARMED_SECTORS:
                return r
        return roles.get(span[i].lower_) or roles.get(span[i].lemma_.lower())
