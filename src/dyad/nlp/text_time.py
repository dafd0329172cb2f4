"""Up to when a text with no publication date can speak of, as far as its own years tell.

A dictionary person holds offices at different times (Gordon Brown was chancellor until 2007,
then prime minister); the publication date picks the office held then. A text given without a
date still names the years it knows of ("Labour won in 2001", "the election due in 2006"): an
office begun well after all of them lies in the text's future, and is not the one it means. The
bound is the last day of the year after the latest one the text's dates name, in whatever tense;
it rules out offices begun later and leaves the dictionary's own choice among the rest (a former
official is still known by an office left long before). A title the text gives still picks any
of the person's offices ("Tory leader Michael Howard" in a text that names no year after 2001).
Years that are no dates ("2,004 votes", no DATE entity) count for nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dyad.knowledge import UNTIL

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Years past the latest one named that a text may still be written in: news looks back ("won
# in 2001") more than it names the year it is written in.
SLACK = 1


def written_by(doc: Doc) -> str | None:
    """``..YYYY-12-31`` (``knowledge.UNTIL``) for the year after the latest one the text's dates
    name, or None where they name none."""
    years = [int(m.group(1)) for ent in doc.ents if ent.label_ == "DATE"
             for m in YEAR.finditer(ent.text)]
    return f"{UNTIL}{max(years) + SLACK}-12-31" if years else None
