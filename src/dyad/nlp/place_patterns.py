"""Word lists and token patterns that tell a place's name by the words around it or by its
form: streets ("Memphis Street"), datelines ("PORTLAND —"), a legislator's home ("R-Elbow
Lake"), names listed before a kind of place ("Barrow and Jackson counties"), natural features
("Red River"), and national adjectives that are a nation's rather than a language's or a
people's within another nation."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from dyad.nlp.gazetteer import STATE_ABBREVIATIONS
from dyad.nlp.metonymy import words


def ids(texts) -> frozenset[int]:
    """The string-store ids of words, to find them among a Doc's ``ORTH`` values without
    building a Token for every word."""
    return frozenset(get_string_id(t) for t in texts)


PLACE_LABELS = ("GPE", "LOC", "FAC")

LOCATIVE = words("in near outside at from to across throughout around")
# Those that a person's name cannot follow in its ordinary sense.
STRONG_LOCATIVE = words("in near outside across throughout")

# Words that make a name a natural feature's ("Red River", "Lake Lanier", "Black Sea").
FEATURE_WORDS = words("""
river lake creek sea ocean bay gulf valley mountains mountain mount island islands peninsula
canyon forest wilderness falls hills desert strait channel basin reservoir
""")


def feature_name(span: Span) -> bool:
    return len(span) > 1 and (span[-1].text.lower() in FEATURE_WORDS
                              or span[0].text.lower() in ("lake", "mount"))


# Words that make a national adjective a language's ("spoke French", "French students").
LANGUAGE_WORDS = words("""
speak talk learn teach study translate fluent language languages class classes lesson lessons
course courses teacher teachers student students speaker speakers immersion version subtitle
""")


ETHNIC_PREFIXES = words("African Anglo Asian Latin Arab Irish Italian Mexican Chinese")


def national(span: Span) -> bool:
    """Whether a demonym is the nation's: not a person's surname ("Monica French"), a people's
    within another nation ("Native American", "African-American") or a language's."""
    doc = span.doc
    first, last = span[0], span[-1]
    if any(t.ent_type_ == "PERSON" for t in span) and (
            first.i > 0 and doc[first.i - 1].ent_type_ == "PERSON"):
        return False
    if first.i > 0 and doc[first.i - 1].text in ("Native", "native"):
        return False
    if first.i > 1 and doc[first.i - 1].text == "-" and doc[first.i - 2].text in ETHNIC_PREFIXES:
        return False
    head = last.head
    return not (last.dep_ in ("amod", "compound", "dobj") and head.lemma_.lower() in LANGUAGE_WORDS)

# Words that end a street's or road's name ("Memphis Street", "E. Broad St.").
STREET_WORDS = words("""
Street St. Avenue Ave. Road Rd. Drive Dr. Lane Ln. Boulevard Blvd. Parkway Pkwy. Highway Hwy.
Pike Expressway Freeway Turnpike Terrace
""")
STREET_PREFIXES = words("""
N. S. E. W. N.E. N.W. S.E. S.W. NE NW SE SW North South East West Northeast Northwest Southeast
Southwest Old
""")


ORDINALS = words("""
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
""")


STREET_IDS = ids(STREET_WORDS)


def streets(tokens: list, orth: list[int]) -> list[tuple[int, int]]:
    """Token spans of streets: one to three capitalised words before a street word ("Memphis
    Street", "North Nokomis Street", "Hyland-Croy Road"). Numbered roads and streets
    ("Highway 114", "County Road 43", "34th Street") are left out, as news names them as
    routes more than as places, and so are streets that only begin a longer name ("Florida
    Highway Patrol", "Pleasant Lane School"). ``orth``: the tokens' ``ORTH`` ids."""
    out: list[tuple[int, int]] = []
    if STREET_IDS.isdisjoint(orth):
        return out  # most stories name no street: no need to walk their words
    n = len(tokens)
    for i, o in enumerate(orth):
        if o not in STREET_IDS or i == 0:
            continue
        after = tokens[i + 1] if i + 1 < n else None
        if after is not None and (after.text[:1].isdigit() or (
                after.is_title and after.pos_ == "PROPN" and not after.is_sent_start)):
            continue  # "County Road 43", "St. Louis", "Dr. Smith", "Main Street Program"
        start = i
        while start > 0 and i - start < 4:
            prev = tokens[start - 1]
            if _street_name(prev):
                start -= 1
            elif prev.text == "-" and start > 1 and _street_name(tokens[start - 2]) \
                    and not prev.whitespace_ and not tokens[start - 2].whitespace_:
                start -= 2  # "Hyland-Croy Road"
            else:
                break
        if start == i or tokens[start].text in ("County", "State", "National", "Interstate"):
            continue
        if start > 0 and tokens[start - 1].text in STREET_PREFIXES:
            start -= 1
        out.append((start, i + 1))
    return out


def _street_name(tok) -> bool:
    # numbered streets ("34th Street", "Eighth Avenue") are left out with numbered roads
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" \
        and tok.text.lower() not in ORDINALS


def dateline(tokens: list, i: int, taken: list[bool]) -> int | None:
    """The end of a dateline's place that starts at token ``i``: one to three words in capitals
    at the start of a line or sentence, before a dash, colon or comma or a news agency's name
    ("PORTLAND —", "BEIRUT:", "MOUNT GILEAD (AP) --")."""
    tok = tokens[i]
    if taken[i] or not (tok.is_upper and tok.is_alpha and len(tok) >= 3):
        return None
    before = tokens[i - 1] if i > 0 else None
    if not (before is None or before.is_space or before.text in ".\n\"”" or tok.is_sent_start):
        return None
    end = i + 1
    while end < len(tokens) and end - i < 3 and tokens[end].is_upper and tokens[end].is_alpha \
            and not taken[end]:
        end += 1
    if end >= len(tokens):
        return None
    after = tokens[end]
    if after.text in DATELINE_MARKS or after.text == "(" and end + 1 < len(tokens) \
            and tokens[end + 1].text in ("AP", "Reuters", "AFP", "UPI"):
        return end
    return None


# Plural kinds of place after a list of names ("Barrow, Jackson and Madison counties"), with the
# word that each name takes as a place of that kind.
LISTED_KINDS = {"counties": "County", "parishes": "Parish", "townships": "Township",
                "rivers": "River", "lakes": "Lake", "islands": "", "provinces": "",
                "states": "", "cities": "", "towns": "", "villages": ""}


LISTED_IDS = {get_string_id(k): v for k, v in LISTED_KINDS.items()}


def listed_places(tokens: list, orth: list[int]) -> list[tuple[int, int, str]]:
    """The names in a list before a plural kind of place ("Barrow, Jackson and Madison
    counties", "the Williams and Cranberry rivers"), each with the word its kind adds."""
    out: list[tuple[int, int, str]] = []
    if LISTED_IDS.keys().isdisjoint(orth):
        return out
    for i, o in enumerate(orth):
        kind = LISTED_IDS.get(o)  # in lower case only: "Counties" heads a name
        if kind is None or i < 3:
            continue
        names: list[tuple[int, int]] = []
        j = i
        while j > 0:
            end = j
            while j > 0 and end - j < 2 and tokens[j - 1].is_title and tokens[j - 1].is_alpha \
                    and not tokens[j - 1].is_sent_start:
                j -= 1
            if j == end:
                break
            names.append((j, end))
            if j > 0 and tokens[j - 1].text in ("and", "or") and not names[1:]:
                j -= 1
                if tokens[j - 1].text == ",":
                    j -= 1
            elif j > 0 and tokens[j - 1].text == "," and names[1:]:
                j -= 1
            else:
                break
        if len(names) >= 2:
            out.extend((a, b, kind) for a, b in names)
    return out


PARTIES = words("D R I DFL Ind")
PARTY_IDS = ids(PARTIES)


def home_places(tokens: list, orth: list[int]) -> list[tuple[int, int]]:
    """Token spans of the places in a legislator's party-and-place tag ("Sen. Tom Bakk,
    DFL-Cook,", "Rep. Torrey Westrom (R-Elbow Lake)", "D-W. Va."): the district or home town
    that US news writes after the party's letter."""
    out: list[tuple[int, int]] = []
    if PARTY_IDS.isdisjoint(orth):
        return out
    n = len(tokens)
    for i, o in enumerate(orth[:-2]):
        if o not in PARTY_IDS or i == 0 or tokens[i + 1].text != "-" \
                or tokens[i - 1].text not in (",", "(") or tokens[i].whitespace_ \
                or tokens[i + 1].whitespace_:
            continue
        end = i + 2
        while end < n and end - i < 5 and (tokens[end].is_title or tokens[end].text.endswith(".")
                                           and tokens[end].text[:1].isupper()):
            end += 1
        if end > i + 2 and end < n and tokens[end].text in (",", ")", ";", "and"):
            out.append((i + 2, end))
    return out


def unmistakable(text: str) -> bool:
    """An AP abbreviation that is no English word ("S.C.", "W.Va.", not "Miss." or "Ind.")."""
    return text.count(".") >= 2 and text in STATE_ABBREVIATIONS

# Words before a name that make it a person's ("coach Ripley", "President Saakashvili").
TITLES = words("""
mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. sgt sgt. capt capt.
col col. det det. officer coach president senator governor judge justice chief mayor sheriff
minister prime secretary prince king queen pope rev rev. father sister brother uncle aunt
""")
# Words that name a kind of place, and some places too, but in news mean the kind.
COMMON_PLACE_WORDS = words("""
metro city county state gulf delta spring street downtown uptown midtown harbor harbour bay
valley coast island river lake
""")
DIRECTIONS = words("""
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater far
""")

# Words after "of" in organisations' names that are also towns' names ("Chamber of Commerce").
ORG_WORDS = words("""
commerce education health justice agriculture defense defence state labor labour energy
industry science technology transportation arts music medicine law independence hope unity
peace liberty victory university federal national green central united royal general
public grand union superior supreme metro
""")
MONTHS = words("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
""")
DATELINE_MARKS = frozenset({"—", "--", "-", "–", ",", ":"})


# Nouns that a town's name modifies as a place ("Edmonton residents", "the Gainesville area").
LOCAL_NOUNS = words("""
resident residents community communities area areas business businesses police school schools
city town neighborhood neighbourhood council councillor mayor street streets home homes family
families man woman men women native natives official officials suburb downtown region
officer officers student students pub shop store mall hospital church team fans voters
firefighters couple teen teenager boy girl killings murder parents restaurant sewer
library park hall center centre court jail airport detective detectives jury attorney
prosecutor prosecutors commission commissioner commissioners clinic newspaper
""")

# Words that, after a place's name, make an office or body of that place.
INSTITUTIONS = words("""
police sheriff sheriff's fire department city county township borough village town council
councilman councilwoman mayor manager commissioner commissioners board school schools high
middle elementary college university library hospital jail court courthouse chamber seniors
senior community public democratic republican party regional area memorial
""")


def place_cue(span: Span, strong: bool = False) -> bool:
    """Whether the words around a name put it where a place goes: a dateline ("HAMILTON —"), a
    town's compound ("Winona police", "Edmonton residents"), "of Wooster," or "north of
    Moorhead", or a conjunct of a place ("Decatur and Avondale Estates")."""
    doc = span.doc
    if any(t.ent_type_ in ("DATE", "TIME", "EVENT") or t.text.lower() in MONTHS for t in span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "," and span.end + 1 < len(doc) \
            and doc[span.end + 1].text in STATE_ABBREVIATIONS:
        return True  # "Sioux Falls, S.D."
    if all(t.is_upper for t in span) and after is not None and after.text in DATELINE_MARKS and (
            before is None or before.is_space or before.text in ".\n\"”" or span[0].is_sent_start):
        return True
    root = span.root
    if root.dep_ in ("compound", "nmod", "poss", "npadvmod") and (
            root.head.lemma_.lower() in LOCAL_NOUNS or root.head.text.lower() in LOCAL_NOUNS):
        return True
    if before is not None and before.text == "," and span.start > 1 \
            and doc[span.start - 2].text in STREET_WORDS:
        return True  # an address's town: "1935 Orchard St., Alexandria"
    if before is not None and before.text.lower() == "of" and span.start > 1 and (
            doc[span.start - 2].text == "," or doc[span.start - 2].text.lower() in DIRECTIONS
            or doc[span.start - 2].ent_type_ == "PERSON" and span.end < len(doc)
            and doc[span.end].is_punct  # a hometown: "Mindy Miller of Ravenel,"
            or doc[span.start - 2].lemma_.lower() in LOCAL_NOUNS):
        return True
    if before is not None and before.text.lower() in (STRONG_LOCATIVE if strong else LOCATIVE) \
            and (root.head.i == before.i or not root.dep_):
        return True  # its object, not a possessor after it ("in Flores' honor")
    linked = [root.head] if root.dep_ in ("conj", "appos") else []
    linked += [c for c in root.children if c.dep_ in ("conj", "appos")]
    return any(t.ent_type_ in PLACE_LABELS for t in linked)
