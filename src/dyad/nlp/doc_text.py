"""A Doc's text, built once a Doc.

``Doc.text`` joins every token's text anew on each call; the components read it many times a
document (paragraph starts, quotation marks, names in the text), so it is kept in the Doc's
``user_data`` the first time it is asked for. The tokens never change after spaCy's pipeline,
so the kept text is the same string ``Doc.text`` would give.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT = "dyad.text"  # user_data key: the Doc's text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once a Doc."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text
