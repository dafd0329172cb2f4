"""Roads, parks and natural features named after people, which the model tags as people or
bodies and the dictionary may match by a surname inside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words that end the name of a road, a park or a natural feature, which news names after people
# ("Francis Street", "Haddad Riverfront Park", "the Salinas Valley"): such a name is no person and
# no body. Not "Court", which also ends the names of courts of law.
ROAD_WORDS = {"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Drive",
              "Lane", "Highway", "Parkway", "Valley", "River", "Creek", "Park", "Bridge", "Square"}
# Road words that are also common surnames ("Nathan Lane", "Wayne Bridge", "Grace Park"): a name
# ending in one is a road only where the words before it place something on it.
SURNAMES = {"Lane", "Bridge", "Park", "Street"}
# Words before a road's name that place something on or by it ("on Jay Lane", "off Gospel Lane").
LOCATING = {"on", "off", "along", "onto", "near", "between", "down", "up", "across", "via", "at"}
# How many other capitalised words may stand between a name and the road's word.
NAME_AFTER = 2
# The plurals that end a list of them ("between First and Herman streets").
ROAD_PLURALS = {"streets", "avenues", "roads", "boulevards", "drives", "lanes"}


def road_name(doc: Doc, s: int, e: int) -> bool:
    """Whether the name at s:e is, or opens, the name of a road, park or natural feature: it ends
    in a word such as "Street" or "Valley", or one follows it ("Francis Street" tagged a person;
    "Salinas" of "the Salinas Valley"; "Herman" of "First and Herman streets"; "Haddad" of
    "Haddad Riverfront Park")."""
    if e - s > 1 and doc[e - 1].text in ROAD_WORDS and (
            doc[e - 1].text not in SURNAMES or _located(doc, s)):
        return True
    # the words of the name may run on before the road's word ("Haddad Riverfront Park")
    for i in range(e, min(e + 1 + NAME_AFTER, len(doc))):
        if doc[i].text in ROAD_WORDS or doc[i].lower_ in ROAD_PLURALS:
            return True
        if not doc[i].is_title:
            return False
    return False


def _located(doc: Doc, s: int) -> bool:
    """Whether the words before s place something on a road: a preposition such as "on" or
    "off", a house number ("69 Wooster St.") or "the 500 block of"."""
    j = s - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 0:
        return False
    prev = doc[j]
    return prev.like_num or prev.lower_ in LOCATING or (
        prev.lower_ == "of" and j > 0 and doc[j - 1].lower_ == "block")
