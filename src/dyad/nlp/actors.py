"""Actors: find every person, organisation, country and group in a Doc and merge their mentions.

Sources of evidence, strongest first: the dictionary (``dyad.knowledge``) matched with one compiled
PhraseMatcher, spaCy's named entities, and noun phrases headed or modified by a role noun
("rebel fighters", "State Department officials", "a Turkish prosecutor"). Premodifiers, owners
("Syria's foreign ministry"), appositions and "of"/"in" phrases give role, country and affiliation
("Russian Ambassador to the United Nations Vitaly Churkin", "a court in Lyon"); a title in
apposition joins the person it names ("the Belarusian defence minister, Leonid Maltsev"); that
reading of the words around a name lives in ``dyad.nlp.actor_phrases``, unnamed groups and titled
people in ``dyad.nlp.actor_groups``, collectives beyond a role noun's own words (members of a
body, backed groups, things that name their actor) in ``dyad.nlp.actor_collectives``, peoples
and persons named by their nation ("the Syrian people", "a Briton") in ``dyad.nlp.actor_peoples``,
which of a person's offices a title names in ``dyad.nlp.actor_offices``, named organisations the
dictionary lacks in ``dyad.nlp.actor_organizations``, the reading of where the text is set and
where its towns and regions lie in ``dyad.nlp.actor_countries`` (towns that other countries'
towns are named after in ``dyad.nlp.actor_towns``), roads and parks named after people
("Francis Street") in ``dyad.nlp.actor_roads``, whom "its" or "his" stands for
in ``dyad.nlp.actor_owners``, and the country a sentence names nearest to someone nothing else
places in ``dyad.nlp.actor_nearby``, and names that are no actor (titles of works, products,
awards and events) or a band rather than a person in ``dyad.nlp.actor_works``.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from dyad.knowledge import Entry, Knowledge, shared_sector
from dyad.nlp.actor_collectives import take_collectives
from dyad.nlp.actor_countries import BACKING, HALVES, portfolio
from dyad.nlp.actor_employers import take_employer_sectors
from dyad.nlp.actor_groups import GroupReader
from dyad.nlp.actor_makeup import take_makeup
from dyad.nlp.actor_mentions import (
    acronym_plurals,
    country_first_name,
    ex_prefix,
    given_name_of_named,
    hyphen_name_end,
    in_hyphen_name,
    inside_title,
    joined_surname,
    name_word,
    qualifiers,
    trim,
)
from dyad.nlp.actor_nearby import home_alone_in_sentence, take_nearest_countries
from dyad.nlp.actor_offices import (
    held_office,
    namesake,
    office_in_title,
    part_offices,
    take_title_office,
    title_says,
)
from dyad.nlp.actor_organizations import OrganizationReader
from dyad.nlp.actor_owners import take_owner_countries
from dyad.nlp.actor_peoples import take_people, untagged_peoples
from dyad.nlp.actor_phrases import (  # noqa: F401 (DETERMINERS re-exported)
    DETERMINERS,
    HONORIFICS,
    name_words,
)
from dyad.nlp.actor_place_words import in_place_name
from dyad.nlp.actor_roads import road_name
from dyad.nlp.actor_set import ActorInfo, ActorSet
from dyad.nlp.actor_venue import STATE_SECTORS, venue_country
from dyad.nlp.actor_works import is_band, no_actor, title_words
from dyad.nlp.home_country import (
    INTERNATIONAL,
    domestic,
    domestic_office,
    local_people,
    office_at_home,
    sent_away,
    unplaced_body,
    unplaced_person,
)
from dyad.nlp.metonymy import capital_acts
from dyad.nlp.titles import after_title

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
            "hers": "female", "they": None, "them": None, "it": None, "we": None, "i": None}
# A name of this many words may be placed by its surname alone: "Clinton", not "Gul Rahman"
# (a full name that is no one the dictionary knows may be anyone's).
SURNAME_WORDS = 1


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
            self.matcher.add("DYAD", [make_doc(p) for p in (*self._phrases, *HALVES)])
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
    acronym_plurals(doc)
    builder = _Builder(doc, kb, published, places)
    claimed: set[int] = set()
    candidates: list[tuple[int, int, str]] = []  # token spans with their origin
    if matcher is not None:
        for _, s, e in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            if not in_hyphen_name(doc, s, e) and not in_place_name(doc, s, e, kb, places):
                # "Valls" of "Navarro-Valls" is not Manuel Valls; "Apple Valley" is no Apple's
                candidates.append((s, e, "dict"))
    ents = doc.ents
    builder.clues = ([(s, e) for s, e, _ in candidates], ents)  # for ``home``, read when needed
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") and not (
                ent.label_ == "PERSON" and ent.text.islower()):  # "comb the bush" names no one
            s, e = trim(ent)
            if ent.label_ in ("PERSON", "ORG") and s < e:
                e = hyphen_name_end(doc, s, e)  # "Joaquin Navarro" of "Joaquin Navarro-Valls"
            if s < e:
                candidates.append((s, e, ent.label_))
    candidates += untagged_peoples(doc, kb)  # "the four Britons", tagged as no entity
    # A title, award or band the text names as such once is one at every mention ("the drama
    # Wasp … Wasp won"), read before any mention is taken, which goes longest first.
    is_place = (lambda name: name in places) if places is not None else None
    for s, e, origin in candidates:
        if origin in ("PERSON", "ORG") and no_actor(doc, s, e, kb.first_name):
            builder.works.add(doc[s:e].text)
        elif origin == "PERSON" and is_band(doc, s, e, is_place):
            builder.bands.add(doc[s:e].text)
    # Longest first, dictionary before NER at equal length; a token belongs to one mention.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != "dict", c[0]))
    for s, e, origin in candidates:
        if any(i in claimed for i in range(s, e)):
            continue
        if builder.take_named(s, e, origin):
            claimed.update(range(s, e))
    # the words of a title no name took ("his hit When a Man Loves a Woman") make no group either
    rest = claimed | builder.claims | title_words(doc)
    builder.take_groups(rest)
    take_collectives(builder, rest)
    take_makeup(builder)
    builder.finish()
    return builder.out


class _Builder(GroupReader, OrganizationReader):
    def __init__(self, doc: Doc, kb: Knowledge, published: str | None, places=None):
        self.doc, self.kb, self.published, self.places = doc, kb, published, places
        self.out = ActorSet()
        self.clues: tuple[list[tuple[int, int]], tuple[Span, ...]] = ([], ())
        self._home: str | None | bool = False  # False: not read yet
        self._namesakes: dict[str, str] = {}  # read with the home
        self._sole = False  # whether the opening names no country but the text's own
        self._offices = None  # the countries of the people named, by office; read when asked
        self._dateline = None  # where the dateline's town and state end; read when asked
        self._described: set[str] | None = None  # countries whose capital acts as "the … capital"
        self.by_key: dict[str, ActorInfo] = {}
        self.persons: list[ActorInfo] = []
        self.claims: set[int] = set()  # tokens a name's descriptive title took ("Indian firm")
        self.works: set[str] = set()  # names of works, awards and events: no actor
        self.bands: set[str] = set()  # names of bands the model took for people
        # dictionary people whose role is the dictionary's office, given by no title of the
        # text: a later mention's title that names another office replaces it
        self.untitled: set[str] = set()

    # -- creating and merging -------------------------------------------------------------
    def actor(self, key: str, name: str, kind: str, s: int, e: int) -> ActorInfo:
        a = self.by_key.get(key)
        if a is None:
            a = self.out.new(name=name, kind=kind, key=key)
            self.by_key[key] = a
            if kind == "person":
                self.persons.append(a)
        self.out.add_mention(a, s, e)
        return a

    def holder(self, term: str, context: list[Token], start: int) -> ActorInfo | None:
        """The named person an office's title alone stands for ("Prime Minister Theresa May …
        the prime minister"): the one last named before ``start`` who holds ``term`` in the text
        or the dictionary, of the country the title names if it names one, and not a former
        holder; None where no one named holds it, or the title says more of its holder than
        the office and the country."""
        kb = self.kb
        places = {w.i: c for w in context if (w.ent_type_ in ("NORP", "GPE") or w.is_title)
                  and (c := kb.country_of(w.text))}
        if any(w.i not in places and w.lower_ not in term.split() and not (w.is_stop or w.is_punct)
               for w in context):
            return None  # "the Vermont senator", "the Afro-Colombian journalist": told apart
        country = next(iter(places.values()), None)
        best: tuple[bool, int, ActorInfo] | None = None
        for p in self.persons:
            if p.former or p.key.startswith("title:") or not p.name[:1].isupper() or (
                    country and p.country not in (None, country)):
                continue
            if term != p.role and all(e.role != term for e in kb.by_alias.get(p.name, ())):
                continue
            last = max((s for s, _ in p.mentions if s < start), default=None)
            # who holds it now comes before who held it at another time ("Tony Blair …
            # Chancellor Gordon Brown … the prime minister": Blair)
            key = (term == p.role, last)
            if last is not None and (best is None or key > best[:2]):
                best = (*key, p)
        return best[2] if best else None

    def country_actor(self, iso3: str, s: int, e: int) -> ActorInfo:
        c = self.kb.countries.get(iso3)
        a = self.actor("country:" + iso3, c.name if c else iso3, "country", s, e)
        a.country = iso3
        return a

    def entry_actor(self, entry: Entry, s: int, e: int) -> ActorInfo:
        entry = self.text_entry(self.doc[s:e].text, entry) or entry  # "FSA": whose, by the text
        home = self.body_country(entry, self.doc[s:e].text, self.doc[s:e])
        if home != entry.country:
            # "the Senate" of a text set in Nigeria is Nigeria's, not the one the dictionary means
            return self.national_body(entry, home, s, e)
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

    def office_holder(self, entry: Entry, s: int, e: int, says: str | None) -> ActorInfo:
        """The actor of a dictionary person, with the office the text's own title gives them
        first: where the title names another office than the dictionary's ("Indiana Governor
        Mike Pence"), the person keeps the dictionary's country and gender but not its office;
        where a title names one of the dictionary's offices, that office stands over the one an
        earlier, untitled mention took ("Gordon Brown … Chancellor Gordon Brown")."""
        key = "person:" + entry.name
        a = self.by_key.get(key)
        default = a is None or a.id in self.untitled or not a.role
        if a is not None and default and says is not None:
            # the untitled mention's office gives way, with its sectors, not those the text gave
            held = held_office(self.kb, entry.name, a.role)
            a.office = a.office or a.role
            a.role = None
            if held is not None:
                a.sector[:] = [c for c in a.sector if c not in held.sector]
        if says == "other" and default:
            a = self.entry_actor(Entry(entry.name, entry.kind, entry.country,
                                       gender=entry.gender, source=entry.source), s, e)
            a.office = a.office or entry.role
            self.untitled.discard(a.id)
            return a
        a = self.entry_actor(entry, s, e)
        if says is None and default:
            self.untitled.add(a.id)
        else:
            self.untitled.discard(a.id)
        return a

    def national_body(self, entry: Entry, iso3: str | None, s: int, e: int) -> ActorInfo:
        text = self.doc[s:e].text
        a = self.actor(f"org:{iso3}:{entry.name}", text, entry.kind if entry.kind in (
            "organization", "group") else "organization", s, e)
        a.country = a.country or iso3
        a.add_sector(entry.sector)
        a.evidence = a.evidence or f"dictionary ({entry.source}), qualified"
        return a

    # -- named mentions ---------------------------------------------------------------------
    def take_named(self, s: int, e: int, origin: str) -> bool:
        doc, kb = self.doc, self.kb
        span = doc[s:e]
        text = span.text
        if origin in ("PERSON", "ORG") and self.in_dateline(s, e):
            return True  # "EDMONTON, Ky (WBKO) --": the dateline's town and state, no one
        if origin in ("PERSON", "ORG") and text in self.works:
            return True  # "the film Goodfellas", "the Audience Award": no one, its words claimed
        if road_name(doc, s, e) and (origin in ("PERSON", "ORG", "FAC") or (
                origin == "dict" and _person_entry(kb, text, self.published))):
            # "Francis Street", "the Salinas Valley": a place named after someone; but a body
            # the dictionary knows by such a name is that body ("Downing Street")
            return True
        if e - s == 1 and after_title(doc, s) and (
                text in kb.regions or text in kb.country_names or text in kb.capitals
                or kb.adjectives.get(text)):
            # "Mr Wellington", "Mr German", "Ms Jordan": after an honorific, a place's or a
            # people's name is a surname
            return self.person(s, e, None) is not None
        if origin == "ORG" and e - s > 1 and e < len(doc) and doc[e].ent_type_ == "PERSON" and (
                _person_role(kb, doc[e - 1].lower_)) and kb.entry(
                doc[s:e - 1].text, self.published) is not None:
            # "Labour MP Jean Corston": a body's office, the title of the person named after it
            return False
        if text in kb.regions:
            self.out.regional.update(range(s, e))  # a place no country's, naming no one
            return True
        iso3 = kb.country_names.get(text)
        if iso3 and (doc[s].ent_type_ == "PERSON" and self.surname_of_named(span) or (
                country_first_name(span, self.persons))):
            # "Jim Jordan ... Jordan said", "Chad Johnson … Chad said"; but "troops from Chad"
            return self.person(s, e, None) is not None
        if iso3:
            if self.region_country(s, e, iso3) is None:
                self.country_actor(iso3, s, e)
            return True
        entry = self.text_entry(text, kb.entry(text, self.published)) or (
            None if span[0].is_stop else kb.acronym_entry(text, self.published))  # "Farc"
        if entry is not None and portfolio(kb, entry, doc, s, e):
            return False  # "Labour Minister" holds the labour portfolio; no party is named
        if entry is not None and entry.kind != "person" and given_name_of_named(
                name_words(span), self.persons):
            return self.person(s, e, None) is not None  # "Chelsea Clinton … Chelsea": no club
        if entry is not None:
            if entry.kind == "person":
                a = self.person(s, e, entry)
            else:
                other = self._other_country(span, entry)
                if other is not None:
                    # "the Nigerian Senate", "Brazil's Supreme Court": the generic name another
                    # country's body shares, not the body the dictionary means by it alone
                    a = self.national_body(entry, other, s, e)
                    self.qualify(a, qualifiers(span))
                else:
                    a = self.entry_actor(entry, s, e)
            return a is not None
        if text in HALVES and self._half(s, e):
            self.country_actor(HALVES[text][0], s, e)
            return True
        if text in kb.capitals:
            if capital_acts(span) or self._capital_acts_as(kb.capitals[text]):
                self.country_actor(kb.capitals[text], s, e)
            # a capital is a place, whose words name no one else ("Hague" in "The Hague")
            return True
        if origin in ("NORP", "PERSON") and take_people(self, span, origin):
            return True  # "the Palestinians", "the Syrian people", "a Briton"
        if origin == "NORP" or kb.adjectives.get(text):
            return False  # adjectives qualify other actors; handled there
        title = doc[s + 1:e] if e - s > 1 and kb.adjectives.get(doc[s].text) else span
        if origin == "PERSON" and _person_role(kb, title.text.lower()):
            # a title alone that the model took for a name ("Saudi Arabia's Crown Prince", "Estonian
            # MEP"): the office's holder, placed by its owner or nationality, one mention with it
            a = self.person(s, e, None)
            if a is not None:
                if a.evidence == "named entity":
                    a.evidence = f"title '{text.lower()}'"
                self.qualify(a, list(span))
                owners = [c for c in span.root.lefts if c.dep_ == "poss" and c.i < s]
                self._widen(a, s, e, self._owner_start(owners, s))
            return a is not None
        if origin == "PERSON" and (text in self.bands or self.company_not_person(s, e)):
            return self.organization(s, e) is not None  # "budget airline Virgin Blue"
        if origin == "PERSON" and self.place_not_person(s, e):
            return True  # a place the model took for a person ("a crowd in Glasgow")
        if origin == "PERSON":
            # The model sometimes takes the title into the name ("Crown Prince Naruhito"): the
            # mention keeps it, the name does not, and the title is read like one before it.
            title = 0
            while e - s - title > 1:
                i = s + title
                two = f"{doc[i].lower_} {doc[i + 1].lower_}" if e - i > 2 else ""
                n = 2 if two and _person_role(kb, two) else 1 if (_person_role(
                    kb, doc[i].lower_) and not name_word(kb, doc[i])) or (
                    doc[i].lower_ in HONORIFICS) or (kb.adjectives.get(doc[i].text) and not (
                    i > 0 and _person_role(kb, doc[i - 1].lower_))) else 0
                # "Briton John Smithers": a nationality, read as a title; but English writes the
                # nationality before the title, so after one it is a given name ("economy
                # minister German Gref")
                if n == 0:
                    break
                title += n
            entry = kb.entry(doc[s + title:e].text, self.published) if title else None
            if entry is not None and entry.kind != "person":
                entry = None
            return self.person(s, e, entry, title) is not None
        if origin == "ORG":
            if inside_title(span) or (e < len(doc) and _person_role(
                    kb, f"{text.lower()} {doc[e].lower_}")):
                return False  # "Education" in "Education Secretary Raul Roco" is a portfolio
            title = self.titled_name(span)
            if title is not None:  # a titled name the model took for a body
                return self.person(s, e, None, title) is not None
            if self.surname_of_named(span) or self.named_by_title(span) or (
                    given_name_of_named(name_words(span), self.persons)):
                # "Paul Krugman … Krugman added"; "The head of Iran's judiciary, Gholamhossein
                # Mohseni-Ejei, warned": a person's title in apposition names a person
                return self.person(s, e, None) is not None
            return self.organization(s, e) is not None
        return False

    def _capital_acts_as(self, iso3: str) -> bool:
        """Whether the text has a country's capital act under its description: "a visit to
        Montevideo after the Uruguayan capital withdrew its plan" (the city's government). The
        text is read once for every capital it names."""
        if self._described is None:
            adjectives = self.kb.adjectives
            self._described = {
                adjectives[c.text] for t in self.doc
                if t.lemma_.lower() == "capital" and t.pos_ == "NOUN"
                and capital_acts(self.doc[t.i:t.i + 1]) for c in t.children
                if c.dep_ in ("amod", "compound") and adjectives.get(c.text)}
        return iso3 in self._described

    def _half(self, s: int, e: int) -> bool:
        """Whether "North" or "South" stands alone for half of a divided country the text names:
        "the North", not "the North Atlantic" or "North Carolina"."""
        doc = self.doc
        if s == 0 or doc[s - 1].lower_ != "the" or (e < len(doc) and doc[e].is_title):
            return False
        pair = HALVES[doc[s].text]
        if any("country:" + iso3 in self.by_key for iso3 in pair) or any(
                a.country in pair for a in self.out.actors if a.kind != "country"):
            return True  # "North Korea", or its leader or ministry, named before
        # or a word of the text names the divided country or either half ("Korea", "Korean",
        # "Pyongyang"), named later than the half or in no mention yet read
        kb = self.kb
        whole = {w for iso3 in pair if (c := kb.countries.get(iso3)) is not None
                 for w in c.name.split() if w not in HALVES}
        return any(w.text in whole or (w.is_title and (kb.country_of(w.text) in pair or (
            kb.capitals.get(w.text) in pair))) for w in doc if not s <= w.i < e)

    def person(self, s: int, e: int, entry: Entry | None, title: int = 0) -> ActorInfo | None:
        doc = self.doc
        words = name_words(doc[s + title:e])
        if not words:
            return None
        if entry is None and not title:
            words = joined_surname(doc, e, words)
        # A surname or partial name joins the person already named in full ("Putin"), unless
        # a Mr., Mrs. or Ms. says another sex: "Mrs. Khan" beside Khizr Khan is Ghazala Khan,
        # else a person of her own (not the dictionary's namesake, whom the text does not name).
        sex = HONORIFICS.get(doc[s + title - 1].lower_) if s + title > 0 else None
        target, other_sex, stranger = None, False, False
        if entry is None:
            found = [p for p in self.persons if words == (full := p.name.split())[-len(words):]
                     or (len(words) == 1 and words[0] in full)]
            agree = [p for p in found if not (sex and _known_sex(p) not in (None, sex))]
            other_sex = bool(found) and not agree
            if agree:
                # the one it is the surname of, not a word inside ("Ben Carson Defends" of a
                # headline); of a family, the one named first before it (not the last read)
                target = min(agree, key=lambda p: (words != p.name.split()[-len(words):],
                                                   p.mentions[0][0] > s, p.mentions[0][0]))
        elif len(words) == 1 and not title:
            target = self._named_namesake(words[0], entry)
            if target is not None:
                entry = None  # "Mayor Chuck Blair … Blair said": the mayor, not Tony Blair
                stranger = True  # nor of his country or office by the surname rule below
        if target is None and entry is None and not other_sex:
            entry = self.full_name_entry(words) or self.kb.spelling_entry(
                " ".join(words), self.published)
        stranger = stranger or target is None and entry is not None and namesake(
            self.kb, entry, doc[s:e], title)
        if stranger:
            entry = None  # "Lyric chairman David Johnston": not the minister of that name
        says = None
        if target is None and entry is not None:
            entry = office_in_title(self.kb, entry, doc[s:e], title, self.published)
            says = title_says(self.kb, entry, doc[s:e], title, self.published)
            a = self.office_holder(entry, s, e, says)
            if a.mentions == [(s, e)]:
                a.name = " ".join(words)  # the record names a person as the article does
        elif target is not None:
            a = target
            self.out.add_mention(a, s, e)
        else:
            key = f"person:{sex}:" if other_sex else "person:"
            a = self.actor(key + " ".join(words), " ".join(words), "person", s, e)
            a.evidence = a.evidence or "named entity"
        if entry is not None and len(words) > len(a.name.split()):
            a.name = " ".join(words)
        self.enrich_person(a, s + title, e)
        if says == "other":
            take_title_office(self.kb, a, entry, doc[s:e], title)
        if a.country is None and not stranger and a.evidence.startswith("named entity") and len(
                words) <= SURNAME_WORDS:
            # a surname alone that every person of that name in the dictionary shares one
            # country with ("Clinton": Bill or Hillary, American either way); of a person the
            # text names in full, only where that is the text's country ("Richard Thomas … Mr
            # Thomas" of a British report is no namesake of Clarence Thomas)
            people = self.kb.surname_people(words[-1], self.published, a.role)
            countries = {p.country for p in people}
            if len(countries) == 1 and (len(a.name.split()) <= SURNAME_WORDS or (
                    countries == {self.home})):
                a.country = next(iter(countries))
                a.evidence += "; surname"
                if not a.sector and len(a.name.split()) <= SURNAME_WORDS:
                    # and the sector they share: "Clinton" is GOV, Bill or Hillary; not of one
                    # the text names in full ("Reanne Morgan, 18, was charged": no minister)
                    a.add_sector([shared_sector(people)])
        return a

    def _named_namesake(self, surname: str, entry: Entry) -> ActorInfo | None:
        """The one person the text names in full by a surname the dictionary also knows, when
        that person is not ``entry`` (the dictionary's person the surname alone would mean) and
        the text names no one else by it: the surname alone is then the person the text named
        ("Mayor Chuck Blair … Blair said"; "First Minister Jack McConnell … Mr McConnell said",
        a dictionary person too, is not Mitch McConnell)."""
        found = [p for p in self.persons if len(p.name.split()) > 1
                 and p.name.split()[-1] == surname]
        if len(found) != 1 or found[0].key == "person:" + entry.name:
            return None
        p = found[0]
        return p if p.evidence.startswith(("named entity", "dictionary")) else None

    def _other_country(self, span: Span, entry: Entry) -> str | None:
        """The country an adjective or owner right before a dictionary body names, when it is not
        the body's own country."""
        if not entry.country:
            return None
        for t in qualifiers(span):
            iso3 = self.kb.adjectives.get(t.text) or self.kb.country_names.get(t.text)
            if iso3 and iso3 != entry.country:
                return iso3
        return None

    def finish(self) -> None:
        take_owner_countries(self.out, self.doc)  # "its armed forces": before the text's country
        take_employer_sectors(self.out, self.doc, self.kb)  # "economist at Lehman Brothers": the bank's BUS
        for a in self.out.actors:
            if a.country is None and a.kind == "organization" and a.sector and (
                    a.sector[0] in STATE_SECTORS) and a.mentions:
                # "the government, at a briefing in Kabul": where it acts, before the text's
                a.country = venue_country(self, self.doc[slice(*a.mentions[0])], None)
        if self.published is None:  # Blair and Brown, both prime minister in no one year
            part_offices(self.kb, self.persons, self.untitled)
        if self.home is None:  # a sentence of a text set in no one country places whom it names
            take_nearest_countries(self.out, self.doc)
        for a in self.out.actors:
            if a.kind in ("person", "group"):
                ex_prefix(a, self.out, self.doc)
            if a.country is None and self.home and self._takes_home(a):
                a.country = self.home
                a.evidence += "; country of the text"
            if a.kind == "country":
                a.sector = [c for c in a.sector if c]
            if a.country and a.kind in ("person", "group") and "IGO" in a.sector and len(
                    a.sector) > 1:
                # a country's envoy to the UN acts for the country ("Russian Ambassador to the UN")
                a.sector = [c for c in a.sector if c != "IGO"]
            if a.self_styled and a.sector[:1] == ["GOV"]:
                # "the self-proclaimed interim president" stands against the government in office
                a.sector = ["OPP"] + [c for c in a.sector if c not in ("GOV", "OPP")]
                a.code = None
            if a.former and a.kind in ("person", "group"):
                # CAMEO codes former office holders as elites, not by the office they left
                a.sector = ["ELI"] + [c for c in a.sector if c not in ("GOV", "LEG", "ELI")]
                a.code = None
            if a.code is None and (a.country or a.sector):
                a.code = a.sector_code()
            if a.kind == "organization" and "IGO" in a.sector and a.code and a.country is None:
                a.code = a.code if a.code.startswith("IGO") else "IGO" + a.code

    def _takes_home(self, a: ActorInfo) -> bool:
        """Whether an actor nothing else places is of the text's leading country."""
        def named_elsewhere() -> bool:
            # a place or people the phrase names but the dictionary does not know ("the Korean
            # government") is no reason to take the text's country; one that only leads it is
            # ("the Shia-led government")
            return any((self.doc[i].ent_type_ in ("NORP", "GPE") and not _leads(self.doc, i))
                       or self.doc[i].lower_ in INTERNATIONAL
                       for s, e in a.mentions for i in range(s, e))

        if domestic(a, self.out) and not named_elsewhere():
            return True  # "police", "the court", "rebel fighters"
        if not self._sole and not (local_people(a) and home_alone_in_sentence(
                a, self.out, self.doc, self.home)) and not office_at_home(
                a, self.out, self.doc, self.home):
            # the rest only where the report's opening names one country only, or for private
            # people whose sentence names no other country ("gunmen fired on a patrol in Karak"),
            # or a holder of the state's own office whose sentence names none
            return False
        if unplaced_body(a) and self._place_country_named(a.name) is None:
            # a company, paper or court the dictionary lacks ("Uruguay's government closed the
            # weekly Opinar"); a name that is a town's is a place the model took for a body
            return True
        if unplaced_person(a) or domestic_office(a):
            # "Yemen freed the activist Jane Roe"; "Education Secretary Raul Roco" in a report
            # that names only the Philippines: mostly its own
            return True
        # "civilians", "striking workers"; not those a state sends away ("deported a man")
        return local_people(a) and not named_elsewhere() and not sent_away(a, self.doc)


def _leads(doc: Doc, i: int) -> bool:
    """Whether the word at i names who leads or backs what follows ("Shia-led", "Iran-backed")."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in BACKING


def _known_sex(p: ActorInfo) -> str | None:
    """A person's sex as the dictionary or a title gives it, else their first name."""
    from dyad.nlp.speaker_names import given_name_sex  # that module reads ActorInfo from here
    return p.gender or given_name_sex(p)


def _person_entry(kb: Knowledge, text: str, published: str | None) -> bool:
    entry = kb.entry(text, published)
    return entry is not None and entry.kind == "person"


def _person_role(kb: Knowledge, term: str) -> bool:
    r = kb.roles.get(term)
    return r is not None and r.kind == "person"
