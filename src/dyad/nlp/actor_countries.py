"""The countries of actors: the country a text is set in, read from its dateline and opening,
and the country of a town, region or US state, or of nationality words, named beside an actor;
the country or body a title's "of"/"for" phrase names, and the host an envoy is sent to.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from dyad.knowledge import Entry, Knowledge
from dyad.nlp.actor_offices import namesake
from dyad.nlp.actor_roads import road_name
from dyad.nlp.actor_towns import (
    county_clues,
    county_regions,
    namesake_country,
    own_namesakes,
    region_after,
    region_named,
    region_opening,
    regions_named,
    state_named,
    town_countries,
)
from dyad.nlp.actor_towns import named_places as region_places
from dyad.nlp.actor_venue import STATE_SECTORS, venue_country
from dyad.nlp.titles import after_title

# Words that open a noun phrase before the name or noun it is about.
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "such", "its",
               "their", "his", "her", "our", "any", "all", "both", "several", "many", "other"}
# Words after a hyphen that make a nationality a backer ("Iranian-backed"), not the country.
BACKING = {"back", "backed", "sponsor", "sponsored", "support", "supported", "led", "lead", "fund",
           "funded", "arm", "armed", "train", "trained", "allied", "ally", "align", "aligned"}
# Verb forms that list or rank what follows them, as prepositions do ("following Mexico").
LISTING_VERBS = {"following", "including", "excluding", "trailing", "behind", "after"}
# Prepositions whose object is where something is or what it belongs to, not whom it is aimed at.
LOCATIVE_PREPS = {"in", "of", "from", "across", "throughout", "inside", "within", "at", "near",
                  "around", "outside"}
# Words that name a kind of place or body and never a place on their own: "City Court" is no court
# of a town called City.
PLACE_KINDS = {"city", "town", "village", "state", "county", "district", "province", "region",
               "capital", "federal", "national", "central", "court", "republic", "kingdom",
               "island", "islands", "north", "south", "east", "west", "northern", "southern",
               "eastern", "western", "upper", "lower", "new", "old", "greater", "metropolitan",
               "municipal", "popular", "grand", "royal", "high", "supreme", "united",
               # a few countries name a province by such a word, which news uses for a wider
               # region ("Gulf leaders" are no Papua New Guineans, the Sahel no Burkinabe region)
               "gulf", "coast", "centre", "center", "lakes", "littoral", "bay", "midlands",
               "sahel"}
# "the North" and "the South" of a divided country, in a text that names one of its halves
# ("lift sanctions against the North" in a report on North Korea). The actor finder matches them
# alone; alone they are no clue to where a text is set, and they may open a region's name
# ("North Carolina").
HALVES = {"North": ("PRK", "KOR"), "South": ("KOR", "PRK")}
# Words after a place's name that make it a county's ("Medina counties").
COUNTIES = {"county", "counties"}
# Words after a name that make it a state or province rather than a country of the same name
# ("Georgia Governor Brian Kemp", "the Georgia Senate").
STATE_OFFICES = {"Governor", "Gov.", "Lt.", "Legislature", "legislature", "Senate", "House",
                 "Assembly", "governor", "lawmakers", "legislators", "state"}
# Sectors of bodies whose members the dictionary's people of that sector are (legislators of a
# legislature, judges of a court), and tell whose body it is before the text's setting does.
MEMBER_SECTORS = {"LEG", "JUD"}
# Titles of those sent to another state or body: the country after "to"/"for" is the host.
ENVOYS = {"envoy", "envoys", "ambassador", "ambassadors", "emissary", "consul", "coordinator",
          "representative", "mediator", "rapporteur"}
# Words of a contest or a visit, whose object is the other side ("a win over South Africa").
CONTESTS = {"win", "victory", "defeat", "beat", "lose", "loss", "draw", "match", "game", "play",
            "face", "host", "visit", "tour", "trip", "clash", "final", "rout", "thrash", "edge"}
CONTEST_PREPS = {"over", "against", "to", "by", "with", "versus", "vs", "vs."}
# The opening that sets a text's scene: its dateline and lead (in tokens).
LEAD = 200
# A dateline: "MOSCOW --", "Cebu City--", "Tehran, March 15, IRNA -", and the colon of South
# Asian papers, after a town in capitals only ("ISLAMABAD:", "NEW DELHI:"; not "Update:").
DATELINE = re.compile(r"\s*(?:([A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3}?)"
                      r"(?:,[^\n,]{1,25}){0,3}?\s*(?:--|\u2014|\u2013| - )"
                      r"|([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}):\s)")


class CountryReader:
    """Reads countries for the actor builder, which supplies the document, the dictionary, the
    gazetteer and, in ``clues``, the dictionary phrases and named entities found in the text."""

    doc: Doc
    kb: Knowledge
    published: str | None
    places: object | None  # a dyad.nlp.gazetteer.Gazetteer
    clues: tuple[list[tuple[int, int]], tuple[Span, ...]]
    _home: str | None | bool  # False: not read yet
    _sole: bool  # whether the opening names no country but the text's own
    _dateline: int | None  # where the dateline's town and state end (a character)
    _offices: dict[str, Counter[str]] | None  # the dictionary's people named, by sector
    _namesakes: dict[str, str]  # countries' and capitals' names that stand for a namesake's

    @property
    def home(self) -> str | None:
        """The country the text is set in, read from the text the first time it is asked for."""
        if self._home is False:
            self._home = None  # a town looked up while reading it has no home to prefer yet
            self._home = self.read_setting()
        return self._home or None

    def read_setting(self) -> str | None:
        """The country the text is set in, from its dateline and the countries, demonyms, towns
        and dictionary actors its opening names, leaving out those that are what someone acts on
        ("sanctions against Russia", "an inquiry into an Australian soldier"); None unless one
        country clearly leads."""
        doc, kb = self.doc, self.kb
        spans, ents = self.clues
        home: Counter[str] = Counter()
        first = doc[0] if len(doc) else None
        m = DATELINE.match(doc[:16].text) if first is not None and first.text[:1].isupper() else None
        after = 0  # where the text starts after a dateline that named a state
        # towns whose name other countries' towns bear, with the weight of their clue: read
        # after the rest, as the town of a country the rest names where one does
        towns: list[tuple[str, int, int | None]] = []
        regions: set[str] = set()  # the first-level regions the opening names (admin1 codes)
        if m:
            name = m.group(1) or m.group(2)
            # a state after the town says where it is ("CAMBRIDGE, Mass.", "MANCHESTER, N.H."),
            # and the town's name is then no clue of its own
            state = self._dateline_state(m.group(0)[m.end(1) - m.start(0):]) if m.group(
                1) else None
            if state is not None:
                after = doc[0].idx + m.end()
                home[state.country] += 3
                regions.add(state.admin1)
            else:
                towns.append((name.title() if name.isupper() else name, 3, None))
        covered: set[int] = set()
        found: list[tuple[str | None, Token]] = []
        own: list[tuple[str, int, int]] = []  # countries' and capitals' names: where, in found
        named_places: list[tuple[str, Token]] = []  # towns and regions, read after the rest
        last = 0
        from dyad.nlp.speaker_names import named_given_names  # it reads actors' ActorInfo

        strangers = self._stranger_surnames()
        # the given names of people named in full, which a club's or body's name may share
        given = named_given_names(ent.text for ent in ents if ent.label_ == "PERSON")
        for s, e in spans:  # by start, the longest first: each leftmost longest phrase once
            if s >= LEAD:
                break
            if s < last or doc[s].idx < after or doc[s:e].text in HALVES:
                continue  # "North" alone is matched for "the North"; "North Carolina" is read below
            last = e
            covered.add(s)
            text = doc[s:e].text
            iso3 = kb.country_names.get(text) or kb.capitals.get(text)
            if iso3 and (doc[s].ent_type_ == "PERSON" or after_title(doc, s)):
                continue  # "Bob Wellington", "Mr Paris": a person's name, no place
            if iso3 is None:
                entry = kb.entry(text, self.published)
                if entry is not None and entry.kind == "person" and road_name(doc, s, e):
                    entry = None  # "Haddad Riverfront Park": no sign of Fernando Haddad's
                if entry is not None and namesake(kb, entry, doc[s:e]):
                    entry = None  # "Lyric chairman David Johnston": not the minister's country
                if entry is not None and entry.kind == "person" and text in strangers:
                    entry = None  # "Mayor Chuck Blair … Blair said": no sign of Tony Blair's
                if entry is not None and entry.kind != "person" and text in given:
                    entry = None  # "Chelsea Clinton … Chelsea said": no sign of the club's
                if entry is not None and entry.kind != "person" and len(
                        {x.country for x in kb.by_alias.get(text, ())}) > 1:
                    entry = None  # "CBI", "FSA": bodies of two countries, whose the text says
                if entry is not None and not kb.generic(text, shared=False) and not kb.generic(
                        entry.name, shared=False) and not portfolio(kb, entry, doc, s, e):
                    iso3 = entry.country  # "the Conservatives" still leans British
            if iso3 and (text in kb.country_names or text in kb.capitals):
                own.append((text, len(found), e))
            if iso3:
                found.append((iso3, doc[e - 1]))  # a name's last word is its head
        for ent in ents:
            start, end = ent.start, ent.end
            if start >= LEAD:
                break
            if start in covered or doc[start].idx < after or after_title(doc, start):
                continue  # "Mr German": a surname
            label, first = ent.label_, doc[start]
            if first.lower_ in DETERMINERS and end - start > 1:
                first = doc[start + 1]
            # a demonym alone ("Russian") or at the head of a body's name ("Nigerian Export
            # Processing Zones Authority")
            region_name = region_named(self, ent) if label == "GPE" else None
            if label in ("NORP", "ORG", "GPE") and first.text in kb.adjectives and not (
                    region_name):
                if first.i == 0 or doc[first.i - 1].lower_ != "ethnic":  # a people, not a state
                    found.append((kb.adjectives[first.text], first))
            elif label == "GPE":
                # "Geauga and Medina counties": the county, not the town of its name
                county = end < len(doc) and doc[end].lower_ in COUNTIES
                name = region_name or ent.text  # "British Columbia's"
                named_places.append((name + " County" if county else name, doc[end - 1]))
            elif label == "ORG" and self.places is not None and (
                    region := region_opening(self, doc[first.i:end])) is not None:
                found.append((region.country, first))  # "the Queensland Police Service"
                regions.add(region.admin1)
        if self.places is not None:  # "the Henderson County Jail": a county of one country
            found += county_clues(self.places, [x for x in ents if LEAD > x.start and (
                x.label_ != "GPE") and doc[x.start].idx >= after])
        for name, t in named_places:
            default, others = town_countries(self, name)
            if others:
                if not _aimed_at(t):
                    towns.append((name, 1, t.i + 1))  # read below, once the regions are known
            elif default:
                found.append((default, t))
                regions |= regions_named(self, name, default)
        self._namesakes = own_namesakes(self, own, found, regions | county_regions(
            self.places, doc, LEAD)) if self.places is not None else {}
        counted: set[tuple[str, int]] = set()
        aimed: set[str] = set()  # countries the opening names as the other side of a contest
        for iso3, t in found:
            # one actor counts once: "Russian President Vladimir Putin" and "U.S. President
            # Donald Trump" are one clue each, not a demonym or country and a person
            key = (iso3, _phrase_head(t).i) if iso3 else None
            if iso3 and _aimed_at(t):
                if _contested(t) and (t.ent_type_ in ("GPE", "NORP") or t.text in kb.adjectives):
                    aimed.add(iso3)  # a country or people, not a body ("faced on Twitter")
            elif iso3 and key not in counted:
                counted.add(key)
                home[iso3] += 1
        for name, weight, end in towns:
            default, _ = town_countries(self, name)
            if default not in home and self.places is not None:
                # "Oxford, North Carolina"; "taken in Edmonton" of a Queensland report: the
                # namesake in a region the text names, not the far bigger town elsewhere
                near = region_after(self, doc, end) if end is not None else set()
                default = namesake_country(self, name, default, regions, near) or default
            if default:
                home[default] += weight
        # the opening names no other country, not even as the other side of a contest: a report
        # of Ireland's "win over South Africa" or of a visit to another country has two sides,
        # and the unplaced people it names may be of either
        # (a dateline sets the text where it says, whatever the contest: "TBILISI, Georgia --")
        self._sole = len(home) == 1 and (m is not None or not aimed - set(home))
        return _leader(home)

    def _stranger_surnames(self) -> set[str]:
        """The surnames of the people the text names in full who are no one the dictionary
        knows: the surname alone is then mostly that person, whatever namesake the dictionary
        has (``_named_namesake`` of the actor builder joins them)."""
        out: set[str] = set()
        for ent in self.clues[1]:
            words = ent.text.split()
            if ent.label_ == "PERSON" and len(words) > 1 and words[-1][:1].isupper() and (
                    self.kb.entry(ent.text, self.published) is None):
                out.add(words[-1])
        return out

    def in_dateline(self, s: int, e: int) -> bool:
        """Whether the tokens s:e lie within the town of the text's dateline or the US state or
        Canadian province after it ("EDMONTON, Ky (WBKO) --"), which name no one, however the
        model tagged them; an agency after them ("Tehran, March 15, IRNA -") is not within, nor a
        name in mixed case the text opens with ("John Smith - ...")."""
        doc = self.doc
        if not len(doc) or not doc[0].text[:1].isupper():
            return False
        if self._dateline is None:
            self._dateline = 0
            m = DATELINE.match(doc[:16].text)
            if m:
                end = m.end(1) if m.group(1) else m.end(2)
                rest = m.group(0)[end - m.start(0):]
                if m.group(1) and self._dateline_state(rest) is not None:
                    word = _state_word(rest.split(",")[1])
                    end += rest.index(word) + len(word)
                # a town in capitals, or one a state follows: not a name the text opens with
                if (m.group(1) or m.group(2)).isupper() or end > m.end(1):
                    self._dateline = doc[0].idx + end
        return e > s and doc[e - 1].idx + len(doc[e - 1]) <= self._dateline

    def _dateline_state(self, rest: str):
        """The US state or Canadian province (a gazetteer entry) a dateline names after its town
        ("ALBUQUERQUE, N.M. (AP) --", "CAMBRIDGE, Mass. --")."""
        if self.places is None:
            return None
        for part in rest.split(",")[1:]:
            word = _state_word(part)
            state = state_named(self.places, word) if word else None  # "EDMONTON, Ky"
            if state is None and word and word not in self.kb.country_names:
                # a region written out ("San Jose, California --"): not the Costa Rican capital;
                # a country's name ("TBILISI, Georgia") is the country, read with the rest
                regions = [p for p in region_places(self.places, word) if p.feature == "admin1"]
                state = regions[0] if len({p.country for p in regions}) == 1 else None
            if state is not None:
                return state
        return None

    def region_country(self, s: int, e: int, iso3: str) -> str | None:
        """The other country whose region a country's name at s:e is part of or stands for:
        "New Mexico", "Northern Ireland" (the word before makes a region's name), and "Georgia"
        the US state in a text set in the United States or before a state's office."""
        if self.places is None:
            return None
        doc = self.doc
        if s > 0 and doc[s - 1].is_title and doc[s - 1].lower_ not in DETERMINERS and (
                doc[s - 1].pos_ == "PROPN" or doc[s - 1].ent_iob_ == "I" or (
                doc[s].ent_iob_ == "I")):
            other = self._place_country_named(f"{doc[s - 1].text} {doc[s:e].text}")
            if other and other != iso3:
                return other
        states = {place.country for place, _ in self.places.lookup(doc[s:e].text)
                  if place.feature == "admin1" and place.country and place.country != iso3}
        if len(states) == 1:
            other = next(iter(states))
            if _state_office(doc[e] if e < len(doc) else None) or self.home == other:
                return other
        return None

    def _placed(self, tokens: list[Token]) -> bool:
        """Whether a title phrase names a country, a body ("the Chinese ambassador") or a town or
        region that owns it ("Scotland's justice minister", "Lagos's police chief": no country
        actor, but a place whose country ``qualify`` reads)."""
        kb = self.kb
        for w in tokens:
            other = self.out.at(w)
            if other is not None and other.kind in ("country", "organization"):
                return True
            if kb.adjectives.get(w.text) or kb.country_names.get(w.text) or kb.country_of(w.text):
                return True
            if w.ent_type_ == "GPE" and w.dep_ == "poss" and self._place_country(w):
                return True
        return False

    def _of_phrase(self, t: Token, preps=("of", "for", "to", "in", "at")) -> list[Token]:
        """The body or country of a title: "Government of India", "counsel to the White House"."""
        out: list[Token] = []
        for c in t.rights:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if c.lower_ != "of" and t.lemma_.lower() in ENVOYS and (
                            self.kb.country_names.get(p.text)):
                        continue  # "the UN envoy for Yemen": the host, not whose envoy
                    # "the premier of Canada's Alberta province": the place may be a modifier
                    if p.dep_ == "pobj" and any(self.out.at(w) is not None or w.ent_type_ in (
                            "GPE", "NORP", "ORG") for w in doc_span(p)):
                        out += list(doc_span(p))
        return out

    def _country_named(self, name: str) -> str | None:
        kb = self.kb
        return kb.country_names.get(name) or kb.capitals.get(name) or (
            self._place_country_named(name))

    def body_country(self, entry: Entry, surface: str, span: Span | None = None) -> str | None:
        """A body's country: the dictionary's, unless its name is one that many countries' bodies
        share ("Senate", "Supreme Court"). A legislature or court of that name is the body of the
        country of the legislators or judges the text names from the dictionary, where one
        country's lead ("the Senate" beside Senator Leila de Lima is the Philippine Senate, even
        where she is what it acts on); failing that, any such body is of the country the text is
        set in, then of the country of the people the text names who hold an office of its
        kind, then the dictionary's."""
        if entry.kind == "person" or not entry.country:
            return entry.country
        earlier = self.qualified_before(entry, span) if span is not None else None
        if earlier:
            return earlier  # "Pakistan's Foreign Office … the Foreign Office": Pakistan's
        generic = self.kb.generic(surface) or self.kb.generic(entry.name)  # "NSC" too
        # a named armed force fights abroad as its state's ("the Black Watch … in Iraq")
        if span is not None and entry.sector and entry.sector[0] in STATE_SECTORS and not (
                self._named_country(span)) and (generic or entry.sector[0] != "MIL"):
            venue = venue_country(self, span, entry.country)
            if venue:
                return venue  # "The Foreign Office during a briefing in Islamabad": Pakistan's
        if not generic:
            return entry.country
        members = _leader(self.office_countries(entry.sector[0])) if entry.sector else None
        if members and entry.sector[0] in MEMBER_SECTORS:
            return members  # "the Senate" of an article on Saudi Arabia that names US senators
        return self.home or members or entry.country

    def qualified_before(self, entry: Entry, span: Span) -> str | None:
        """The country of the last body of this dictionary name that the text has already placed
        in another country than the dictionary's ("Pakistan's Foreign Office"), when the name is
        here bare: no country in it, nor an adjective or owner before it."""
        tail = ":" + entry.name
        found = [k[4:-len(tail)] for k in self.by_key if k.startswith("org:") and k.endswith(tail)]
        found = [c for c in found if c not in ("None", entry.country)]
        if not found:
            return None
        return None if self._named_country(span) else found[-1]

    def _named_country(self, span: Span) -> bool:
        """Whether a body's name, its owner or the word before it names a country ("British
        Foreign Office", "Pakistan's Foreign Office")."""
        words = list(span) + [w for c in span.root.lefts if c.dep_ == "poss" for w in c.subtree]
        if span.start > 0:
            words.append(self.doc[span.start - 1])
        return any(w.text[:1].isupper() and self.kb.country_of(w.text) for w in words)

    def office_countries(self, sector: str) -> Counter[str]:
        """How many of the dictionary's people the text names hold an office of a sector ("LEG"
        senators for a senate), by country; read once per text and sector."""
        if self._offices is None:
            kb, doc = self.kb, self.doc
            offices: dict[str, Counter[str]] = {}
            seen: set[str] = set()
            last = 0
            for s, e in self.clues[0]:  # by start, the longest first
                if s < last:
                    continue
                last = e
                entry = kb.entry(doc[s:e].text, self.published)
                if entry is None or entry.kind != "person" or not entry.country or not (
                        entry.sector) or entry.name in seen:
                    continue
                seen.add(entry.name)
                offices.setdefault(entry.sector[0], Counter())[entry.country] += 1
            self._offices = offices
        return self._offices.get(sector, Counter())

    def _place_country(self, t: Token) -> str | None:
        """The country of the town or region a token names, when it is a well-known one."""
        if self.places is None:
            return None
        doc = self.doc
        start, end = t.i, t.i + 1
        if t.ent_iob_ in ("B", "I"):  # the whole entity, found from its tags (Doc.ents is slow)
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        while start < end - 1 and doc[start].lower_ in DETERMINERS:
            start += 1  # "the Gaza Strip": the entity may hold its article
        return self._place_country_named(doc[start:end].text)

    def _place_country_named(self, name: str) -> str | None:
        if self.places is None or name.lower() in self.kb.roles or all(
                w in PLACE_KINDS for w in name.lower().split()):
            return None
        best = None
        every = self.places.lookup(name)
        found = [(place, primary) for place, primary in every if place.country]
        if any(primary and place.country is None and place.population > max(
                (p.population for p, _ in found), default=0) for place, primary in every) and all(
                place.feature != "country" for place, _ in found):
            # a continent, no country's, before a town that bears its name ("Africa regional
            # director" is not of Mahdia, Tunisia, once called Africa)
            return None
        if name.replace(".", "").isupper() and len(name.replace(".", "")) <= 4:
            # a few capitals that are only another name of a town (Doha's airport code "DOH")
            # are more often a body's initials ("DOH officials", the Department of Health): the
            # town only in a text set in its country, or that names it or its country ("NYC")
            found = [(place, primary) for place, primary in found if primary or place.feature in (
                "country", "admin1") or self._names_place(place)]
        places = [place for place, _ in found]
        # a town by its own name before one it was once called or is called in another tongue
        # ("Montgomery" is Montgomery, Alabama, not Sahiwal, which the British called so)
        main = {place.index for place, primary in found if primary}
        # a town of the country the text is set in, however small, before a far bigger town
        # elsewhere ("Medellin" in a report from Cebu), but not before a more populous country or
        # first-level region ("California" in a report from Bogota)
        home = self.home if len({place.country for place in places}) > 1 else None
        capital = self.kb.capitals.get(name)  # nor before a national capital ("Paris attackers"
        # in a US report is not Paris, Texas)
        region = max((place.population for place in places if place.country != home and (
            place.feature in ("admin1", "country") or place.country == capital)), default=-1)
        for place in places:
            if (place.feature in ("admin1", "country") or place.population >= 50000
                    or place.country == home or _region(place, places)):
                rank = (place.country == home and place.population > region,
                        place.feature in ("country", "admin1"), place.index in main,
                        place.population)
                if best is None or rank > best[0]:
                    best = (rank, place.country)
        return best[1] if best else None

    def _names_place(self, place: object) -> bool:
        """Whether the text is set in no other country than a place's, or names its country or
        a town or region of it by its main name (a place of the gazetteer)."""
        home = self.home
        if home is None or home == place.country:
            return True
        kb = self.kb
        return any(place.country in (kb.country_names.get(ent.text), kb.adjectives.get(ent.text))
                   or ent.label_ == "GPE" and any(primary and other.country == place.country
                                                  for other, primary in self.places.lookup(ent.text))
                   for ent in self.clues[1])

    def _coordinated_nations(self, tokens: list[Token]) -> list[tuple[str, int, int]]:
        """The countries of nationality words joined by "and"/"or" before a group's head, each
        with its token span ("U.S. and Russian", "Ethiopian, Mozambican and South African")."""
        if not any(w.lower_ in ("and", "or") for w in tokens):
            return []
        kb = self.kb
        out: list[tuple[str, int, int]] = []
        i = 0
        while i < len(tokens):
            for n in (2, 1):
                words = tokens[i:i + n]
                if len(words) < n or words[-1].i - words[0].i != n - 1:
                    continue
                joined = " ".join(w.text for w in words)
                iso3 = None if words[0].i in self.out.regional else (
                    kb.adjectives.get(joined) or kb.country_names.get(joined))
                after = self.doc[words[-1].i + 1:words[-1].i + 3]
                if iso3 and len(after) == 2 and after[0].text == "-" and (
                        after[1].lemma_.lower() in BACKING):
                    return []  # "Iranian-backed and Russian troops": one of them is not Iran's
                if iso3:
                    out.append((iso3, words[0].i, words[-1].i + 1))
                    i += n
                    break
            else:
                i += 1
        return out if len({c for c, _, _ in out}) == len(out) else []


def portfolio(kb, entry, doc, s: int, e: int) -> bool:
    """Whether a party's name at s:e is the portfolio of the title it opens ("Labour Minister"
    holds the labour portfolio and names no party)."""
    if "PTY" not in entry.sector or e >= len(doc):
        return False
    r = kb.roles.get(f"{doc[s:e].text.lower()} {doc[e].lower_}")
    return r is not None and r.kind == "person"


def _sent_to(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] names where an envoy is sent: "envoy for Somalia", "ambassador to the"."""
    j = i - 1
    if j >= 0 and tokens[j].lower_ == "the":
        j -= 1
    return j >= 1 and tokens[j].lower_ in ("to", "for", "in") and (
        tokens[j - 1].lemma_.lower() in ENVOYS or tokens[j - 1].lower_ in ENVOYS)


def doc_span(t: Token) -> list[Token]:
    """A noun and its modifiers up to itself ("the Jerusalem court"), without clauses after it."""
    return list(t.doc[t.left_edge.i:t.i + 1])


def _region(place, places) -> bool:
    """Whether a place is a named region the gazetteer gives no population, such as a territory
    ("the Gaza Strip", "the West Bank"), and the only place of its name."""
    return place.feature == "other" and len(places) == 1


def _state_office(t: Token | None) -> bool:
    return t is not None and t.text in STATE_OFFICES


def _leader(counts: Counter[str]) -> str | None:
    """The country that clearly leads: at least twice the mentions of any other."""
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _phrase_head(t: Token) -> Token:
    """The noun a name or demonym modifies, through titles and owners ("Russian" in "Russian
    President Vladimir Putin": "Putin"); the word itself where it heads its phrase."""
    for _ in range(8):
        if t.dep_ not in ("compound", "amod", "nmod", "poss") or t.head.i <= t.i:
            break
        t = t.head
    return t


def _state_word(part: str) -> str:
    """The state or province a part of a dateline after a comma names, short of the agency or
    dash after it ("Ky (WBKO) --" gives "Ky")."""
    return re.split(r"\(|--|\u2014|\u2013| - ", part)[0].strip()


def _contested(t: Token) -> bool:
    """Whether a noun phrase acted on is the other side of a contest or the host of a visit:
    the object of a word of ``CONTESTS`` or of a preposition after one ("a win over South
    Africa", "beat France", "a visit to China")."""
    for _ in range(8):
        if t.dep_ not in ("compound", "amod", "poss", "nmod", "appos", "conj") or t.head is t:
            break
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ not in CONTEST_PREPS:
        return False  # "comments she faced on Twitter"
    head = t.head.head if t.dep_ == "pobj" else t.head
    return head.lemma_.lower() in CONTESTS or head.lower_ in CONTESTS


def _aimed_at(t: Token) -> bool:
    """Whether a noun phrase is what an act is aimed at: a verb's object or the object of a
    preposition such as "against", "on" or "into" (but "in", "of", "by")."""
    for _ in range(8):
        while t.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod") and (
                t.head is not t):
            t = t.head
        if t.dep_ != "pobj":
            # "following Mexico and the United States", "including Canada": a verb's form that
            # ranks or lists, as a preposition would, and aims at no one
            return t.dep_ in ("dobj", "dative") and t.head.lower_ not in LISTING_VERBS
        prep = t.head
        if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN", "NUM"):
            t = prep.head  # "the leaders of Russia", "one of them" stand where their head does
            continue
        if prep.lower_ == "by":
            # "by" names the doer, who stands where the deed does: not acted on in "demands
            # fulfilled by the Indian government", but in "condemned threats made by the US"
            head = prep.head
            if head.lemma_.lower() in BACKING or head.lower_ in BACKING:
                return True  # "warplanes supported by Russia": a backer is not where it happens
            if head.pos_ in ("NOUN", "PROPN"):
                t = head  # "an attack by Israel"
                continue
            if head.dep_ in ("acl", "relcl") and head.head is not head:
                t = head.head  # "threats made by the US"
                continue
            return False
        # "according to the Licking County Coroner's Office" names a source, not a target
        return prep.lower_ not in LOCATIVE_PREPS and prep.head.lower_ != "according"
    return False
