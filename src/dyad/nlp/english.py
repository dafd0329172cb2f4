"""Whether a word is a common English word: the word lists of the model's lemmatizer (WordNet's
nouns, verbs, adjectives and adverbs, shipped with the default spaCy pipeline). A capitalised
word that is none ("Hartl", "Mcfeely") is a name, whatever the tagger made of it."""

from __future__ import annotations

import functools

from spacy.lookups import Lookups

POS = ("noun", "verb", "adj", "adv")


@functools.lru_cache(maxsize=1)
def _english_words() -> dict[str, frozenset[str]]:
    import spacy.util

    from dyad.nlp.pipeline import DEFAULT_MODEL

    try:
        path = spacy.util.get_package_path(DEFAULT_MODEL)
        found = sorted(path.glob("*/lemmatizer/lookups")) or sorted(path.glob("lemmatizer/lookups"))
        table = Lookups().from_disk(found[0]).get_table("lemma_index")
    except (OSError, IndexError, KeyError, ValueError):
        return {}  # no model package to read: no word is known, every clue stays off
    return {pos: frozenset(table[pos]) for pos in POS if pos in table}


def english_token(t) -> bool:
    """Whether a token is an English word as written or by its lemma ("Addressing")."""
    return english_word(t.lower_) or english_word(t.lemma_.lower())


def english_word(word: str, pos: tuple[str, ...] = POS) -> bool:
    """Whether a lower-cased word is an English word of one of the parts of speech ``pos``."""
    words = _english_words()
    return any(word in words.get(p, ()) for p in pos)
