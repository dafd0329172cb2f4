import spacy

from dyad.nlp.doc_text import TEXT, doc_text


def test_doc_text_is_doc_text_and_kept():
    nlp = spacy.blank("en")
    doc = nlp("The mayor spoke.\n\nThen  the council voted on Tuesday.")
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT] is doc_text(doc)  # joined once, then read back
