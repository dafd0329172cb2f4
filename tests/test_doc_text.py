import spacy

from dyad.nlp.doc_text import TEXT, doc_text, keep_text


def test_doc_text_is_doc_text_and_kept():
    nlp = spacy.blank("en")
    doc = nlp("The mayor spoke.\n\nThen  the council voted on Tuesday.")
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT] is doc_text(doc)  # joined once, then read back


def test_a_made_doc_keeps_the_text_it_was_made_from():
    nlp = spacy.blank("en")
    text = "Rain\u00a0fell  on the city.\r\n\r\nNobody left early. "
    doc = keep_text(nlp.make_doc(text), text)
    assert doc_text(doc) == doc.text == text
