"""Towns that towns of other countries are named after, read for where a text is set.

A town's name stands for the biggest town of that name ("Oxford" for Oxford, England), unless
the text names the first-level region a namesake lies in: right after it ("Oxford, North
Carolina", "London, Kentucky", "Wainwright, Alta."), or elsewhere in its opening, by the region's
name, a body named after the region ("the Queensland Police Service") or a town that only that
region has ("Edmonton, just outside Cairns"). Elsewhere in the opening, the namesake must be a
town of some size: "Belfast's Lyric Theatre" beside "New York" is not the village of Belfast, New
York. ``CountryReader.read_setting`` asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "(D-Mich.)", "(R-Texas)", ", DFL-Cook,": the party before a US politician's state or town.
US_PARTIES = {"D", "R", "I", "DFL"}
# The smallest namesake town that a region named elsewhere in the opening, not right after the
# name, may stand for: smaller ones are rarely news beside a big town of the same name.
NAMESAKE_POPULATION = 5000


def named_places(places, name: str) -> list:
    """The gazetteer's places of which ``name`` is the main name."""
    return [p for p, primary in places.lookup(name) if primary and p.country]


def town_countries(reader, name: str) -> tuple[str | None, set[str]]:
    """The country a place's name stands for by itself, and the other countries that have a
    town of that name; none for a country, capital or first-level region, which news names far
    more often than any namesake town."""
    kb = reader.kb
    iso3 = kb.country_names.get(name) or kb.capitals.get(name)
    if iso3 or reader.places is None:
        return iso3, set()
    default = reader._place_country_named(name)
    places = named_places(reader.places, name)
    if default is None:
        # a county of one country ("Kanawha County"), which the gazetteer gives no population
        counties = {p.country for p in places if p.feature == "admin2"}
        return (next(iter(counties)) if len(counties) == 1 else None), set()
    if any(p.feature in ("admin1", "country") and p.country == default
                              for p in places):
        return default, set()
    return default, {p.country for p in places} - {default}


def regions_named(reader, name: str, iso3: str) -> set[str]:
    """The first-level regions (admin1 codes) a place of one country names: the region itself,
    or the region of the biggest town of that name."""
    if reader.places is None:
        return set()
    places = [p for p in named_places(reader.places, name) if p.country == iso3 and p.admin1
              and p.feature != "country"]
    regions = {p.admin1 for p in places if p.feature == "admin1"}
    if regions or not places:
        return regions
    return {max(places, key=lambda p: p.population).admin1}


def region_named(reader, ent: Span) -> str | None:
    """The name of the first-level region a place entity names, without its possessive, where a
    gazetteer region bears that name: "British Columbia's" is the Canadian province, not a
    British clue from its first word; None for anything else."""
    if reader.places is None:
        return None
    words = ent[:-1] if len(ent) > 1 and ent[-1].lower_ in ("'s", "\u2019s", "'") else ent
    name = words.text
    if name in reader.kb.country_names or not any(
            p.feature == "admin1" for p in named_places(reader.places, name)):
        return None
    return name


def region_opening(reader, name: Span):
    """The first-level region whose name opens a body's name ("Queensland Police Service",
    "Kentucky State Police"), where one country alone has a region of that name and it is no
    country's name; None otherwise."""
    from dyad.nlp.actor_countries import PLACE_KINDS

    kb = reader.kb
    if reader.places is None or len(name) < 2:
        return None
    for n in (2, 1):
        words = name[:n]
        if len(words) == n < len(name) and all(w.is_title for w in words):
            text = words.text
            if text in kb.country_names or text in kb.capitals:
                return None
            if any(w.lower_ in PLACE_KINDS or w.lower_ in kb.roles for w in words):
                continue  # "Central Bank": no region of Paraguay
            found = [p for p in named_places(reader.places, text) if p.feature == "admin1"]
            if len({p.country for p in found}) == 1:
                return found[0]
    return None


def region_after(reader, doc: Doc, end: int) -> set[str]:
    """The first-level regions named right after a town, after a comma ("Oxford, North
    Carolina", "Wainwright, Alta.")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return set()
    word = doc[end + 1]
    state = state_named(reader.places, word.text)
    if state is not None:
        return {state.admin1}
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if word.ent_type_ not in ("GPE", "LOC"):
        return set()
    return {p.admin1 for p in named_places(reader.places, doc[end + 1:stop].text)
            if p.feature == "admin1"}


def state_named(places, word: str):
    """The US state or Canadian province (a gazetteer entry) of AP's abbreviation, which some
    papers write without its full stop ("Ky." or "Ky"); None for any other word."""
    return places.state_abbreviation(word) or (
        None if word.endswith(".") else places.state_abbreviation(word + "."))


def namesake_country(reader, name: str, default: str | None, regions: set[str],
                     near: set[str]) -> str | None:
    """The country of the namesake town of ``name`` that lies in a region named right after it
    (``near``) or, of some size, in one the opening names (``regions``); None where none does."""
    return _nearest_namesake(reader, name, default, near, lambda p: p.admin1 in near or (
        p.admin1 in regions and p.population >= NAMESAKE_POPULATION))


def _nearest_namesake(reader, name: str, other_than: str | None, near: set[str], fits
                      ) -> str | None:
    """The country of the place of ``name`` outside ``other_than`` that ``fits`` says may be
    meant, one in a region named right after the name (``near``) first, then the biggest."""
    found = [p for p in named_places(reader.places, name) if p.country != other_than and fits(p)]
    return max(found, key=lambda p: (p.admin1 in near, p.population)).country if found else None


def county_regions(places, doc: Doc, end: int) -> set[str]:
    """The first-level regions of the counties the tokens before ``end`` name ("Lamar County",
    "the Henderson County Jail", "Athens-Clarke County"): every region with a county of that
    name, which are mostly one country's."""
    out: set[str] = set()
    for t in doc[1:end]:
        if t.text not in ("County", "Parish") or not doc[t.i - 1].is_title:
            continue
        for start in (t.i - 2, t.i - 1):  # "Van Buren County", then "Lamar County"
            if start < 0 or not doc[start].is_title:
                continue
            found = {p.admin1 for p, _ in places.lookup(doc[start:t.i + 1].text)
                     if p.feature == "admin2" and p.admin1}
            if found:
                out |= found
                break
    return out


def county_clues(places, ents) -> list:
    """The country of a county a body's or building's name holds ("the Henderson County Jail",
    "the Madison County Health Department"), as (country, the word "County"), where every county
    of that name is that one country's and no place of another country bears the name alone;
    the model tags a county alone as a place, read apart."""
    out = []
    for ent in ents:
        doc = ent.doc
        for t in ent[1:]:
            if t.text not in ("County", "Parish") or not doc[t.i - 1].is_title:
                continue
            countries = {p.country for p, _ in places.lookup(doc[t.i - 1:t.i + 1].text)
                         if p.feature == "admin2" and p.country}
            # not one whose name alone names a place of another country ("Kent County Council",
            # "Cork County Council": English and Irish councils)
            countries |= {p.country for p in named_places(places, doc[t.i - 1].text)
                          if p.population >= NAMESAKE_POPULATION or p.feature != "city"}
            if len(countries) == 1:
                out.append((next(iter(countries)), t))
            break
    return out


def own_name_namesake(reader, name: str, iso3: str, regions: set[str],
                      near: set[str]) -> str | None:
    """The country of a namesake of a country's or capital's name that lies in a region named
    right after it (``near``) or elsewhere in the opening (``regions``): Athens in a text that
    names Henderson County, Texas; Georgia beside Atlanta. None where none does."""
    return _nearest_namesake(reader, name, iso3, near, lambda p: p.admin1 and (
        p.admin1 in near or p.admin1 in regions) and (
        p.feature == "admin1" or p.population >= NAMESAKE_POPULATION))


def own_namesakes(reader, own: list[tuple[str, int, int]], found: list, regions: set[str]
                  ) -> dict[str, str]:
    """The names of countries and capitals in the opening (``own``: the name, its place in
    ``found`` and its end) that stand for a namesake town or region of another country, changed
    in ``found``: those of a country the opening gives no other clue of, with a namesake in a
    region or county the opening names (``regions``): "the Athens Police Department" beside
    "the Henderson County Jail", Texas; "north Georgia" beside "metro Atlanta"."""
    at = {k for _, k, _ in own}
    out: dict[str, str] = {}
    for text, k, e in own:
        iso3 = found[k][0]
        if iso3 is None or any(c == iso3 and j not in at for j, (c, _) in enumerate(found)):
            continue  # "Athens" beside "Greek": Greece's
        other = out.get(text) or own_name_namesake(
            reader, text, iso3, regions, region_after(reader, reader.doc, e))
        if other:
            out[text] = other
            found[k] = (other, found[k][1])
    return out


def us_party_tag(places, doc: Doc, e: int) -> bool:
    """Whether a US party and home state or town follow a name at e: "(D-Mich.)", "(R-Texas)",
    ", R-London;" (London, Kentucky), ", DFL-Cook,": a tag only US news writes, with a state or
    a town the United States has one of."""
    if places is None or e + 4 > len(doc) or doc[e].text not in ("(", ",") or doc[
            e + 1].text not in US_PARTIES or doc[e + 2].text != "-" or doc[e + 1].whitespace_ or (
            doc[e + 2].whitespace_):
        return False
    end = e + 3
    while end < len(doc) and end - e < 7 and doc[end].text[:1].isupper() and (
            doc[end].is_title or doc[end].text.endswith(".")):
        end += 1
    place = doc[e + 3:end].text
    return end > e + 3 and (end == len(doc) or doc[end].text in (",", ")", ";", "and", ".")) and (
        places.state_abbreviation(place) is not None or any(
            p.country == "USA" for p, _ in places.lookup(place)))
