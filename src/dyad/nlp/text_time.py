"""Up to when a text with no publication date can speak of, as far as its own years tell.

A dictionary person holds offices at different times (Gordon Brown was chancellor until 2007,
then prime minister); the publication date picks the office held then. A text given without a
date still names the years it knows of ("Labour won in 2001", "the election due in 2006"): an
office begun after all of them lies in the text's future, and is not the one it means. The
bound is the last day of the latest year the text's dates name, in whatever tense; it rules out
offices begun later and leaves the dictionary's own choice among the rest (a former official is
still known by an office left long before). Years that are no dates ("2,004 votes", no DATE
entity) count for nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dyad.knowledge import UNTIL

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def written_by(doc: Doc) -> str | None:
    """``..YYYY-12-31`` (``knowledge.UNTIL``) for the latest year the text's dates name, or
    None where they name none."""
    years = [int(m.group(1)) for ent in doc.ents if ent.label_ == "DATE"
             for m in YEAR.finditer(ent.text)]
    return f"{UNTIL}{max(years)}-12-31" if years else None
