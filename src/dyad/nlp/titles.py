"""Words written before a person's name: honorifics, with the sex they say, and titles, and
which titles are a company's by default only."""

HONORIFICS = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female",
              "ms.": "female", "miss": "female", "sir": "male", "lady": "female"}
# Titles written inside a name that the model may take for an organisation ("Dr Bukola Saraki").
NAME_TITLES = {"dr", "dr.", "prof", "prof.", "professor"}
# Words before a surname that make it one ("Mr Wellington", "Dr German", "Lord Nicholls")
SURNAME_TITLES = set(HONORIFICS) | NAME_TITLES | {"lord", "dame", "baroness", "baron"}


def after_title(doc, i: int) -> bool:
    """Whether token ``i`` of ``doc`` follows an honorific or a title, as a surname does."""
    return i > 0 and doc[i - 1].lower_ in SURNAME_TITLES


def business_title(kb, role: str | None) -> bool:
    """Whether a title is a company's by default only ("chairman", "director": BUS in roles.csv),
    so that the state body or party it is named with is the holder's sector instead."""
    r = kb.roles.get(role) if role else None
    return r is not None and "BUS" in r.sector
