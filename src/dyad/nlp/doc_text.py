"""A Doc's text, built once a Doc.

``Doc.text`` joins every token's text anew on each call; the components read it many times a
document (paragraph starts, quotation marks, names in the text), so it is kept in the Doc's
``user_data`` the first time it is asked for. The tokens never change after spaCy's pipeline,
so the kept text is the same string ``Doc.text`` would give. Where a Doc is made from a text
(``nlp.make_doc(text)``), that text is already the Doc's: spaCy's tokenizer loses no character,
so ``keep_text`` keeps it without joining the tokens at all.
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


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text`` as ``doc``'s text; ``doc`` must be ``nlp.make_doc(text)``."""
    doc.user_data[TEXT] = text
    return doc
