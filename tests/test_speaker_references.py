"""Speaker resolution on hand-built Docs (no model): how near a mention counts, titles the text
gives a person, and what a lead-in or a writing says about who speaks."""

from conftest import actor_set, build_doc


def test_a_description_in_apposition_counts_as_near_as_the_name_it_describes():
    from dyad.nlp.speaker_salience import nearness

    # "Eva Reyes, the director, said." : the description is no nearer than the name
    doc = build_doc([("Eva", 1, "compound", "PROPN", "Eva"), ("Reyes", 6, "nsubj", "PROPN", "Reyes"),
                     (",", 1, "punct", "PUNCT", ","), ("the", 4, "det", "DET", "the"),
                     ("director", 1, "appos", "NOUN", "director"), (",", 1, "punct", "PUNCT", ","),
                     ("said", 6, "ROOT", "VERB", "say"), (".", 6, "punct", "PUNCT", ".")])
    speech = frozenset({"say"})
    assert nearness(doc[4], speech, False) == nearness(doc[1], speech, False)
    # a name the parse hung on another name is no description of it: it keeps its own place
    doc = build_doc([("Ann", 1, "compound", "PROPN", "Ann"), ("Lee", 5, "nsubj", "PROPN", "Lee"),
                     (",", 1, "punct", "PUNCT", ","), ("Bo", 4, "compound", "PROPN", "Bo"),
                     ("Ray", 1, "appos", "PROPN", "Ray"), ("said", 5, "ROOT", "VERB", "say"),
                     (".", 5, "punct", "PUNCT", ".")])
    assert nearness(doc[4], speech, False) == nearness(doc[1], speech, False) + 3
