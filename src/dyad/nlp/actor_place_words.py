"""Words of a place's name that the dictionary also knows as a body's name ("Apple" of "Apple
Valley", "the Big Apple"): the actor builder reads no body into them. Apart from the readers so
that each of them may ask it."""

from __future__ import annotations


def in_place_name(doc, s: int, e: int, kb, places) -> bool:
    """Whether the dictionary body's name at s:e is only a word of a longer place's name that
    the gazetteer knows ("Apple" of "Apple Valley", "the Big Apple"): capitalised words right
    before or after it make the place, which names no body."""
    if places is None or not ((s > 0 and doc[s - 1].is_title) or (
            e < len(doc) and doc[e].is_title)):
        return False  # (asked first: most matches stand beside no capitalised word)
    if kb.country_names.get(doc[s:e].text) or doc[s:e].text in kb.capitals:
        return False
    entry = kb.entry(doc[s:e].text)
    if entry is None or entry.kind == "person":
        return False
    for a, b in ((s - 2, e), (s - 1, e), (s, e + 1), (s, e + 2)):
        if 0 <= a and b <= len(doc) and (a, b) != (s, e) and all(
                w.is_title for w in doc[a:b] if not (s <= w.i < e)) and doc[a:b].text in places:
            return True
    return False
