"""A "they" that speaks for a pair or a list the text has just named (hand-built Docs)."""

import pytest
from conftest import actor_set, build_doc

from dyad.nlp.speaker_groups import conjoined

PAIR = [("Lee", 3, "nsubj", "PROPN", "Lee", "NNP"), ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("Ray", 0, "conj", "PROPN", "Ray", "NNP"), ("wrote", 3, "ROOT", "VERB", "write", "VBD"),
        (".", 3, "punct", "PUNCT", ".", ".")]


def they_said(start: int) -> list[tuple]:
    return [("They", start + 1, "nsubj", "PRON", "they", "PRP"),
            ("said", start + 1, "ROOT", "VERB", "say", "VBD"),
            (".", start + 1, "punct", "PUNCT", ".", ".")]


def test_they_after_a_pair_named_as_a_subject_is_the_pair_as_a_group():
    # "Lee and Ray wrote. They said.": a group named by its members, who keep their own actors
    doc = build_doc(PAIR + they_said(5))
    actors = actor_set(doc, (0, 1, "Ann Lee", "person"), (2, 3, "Bo Ray", "person"))
    for a in actors.actors:
        a.country, a.sector = "USA", ["GOV", "LEG"]
    actors.actors[1].sector = ["LEG"]
    group = conjoined(doc, actors, doc[5], [])
    assert group is not None and group.name == "Ann Lee and Bo Ray" and group.kind == "group"
    # what all members share: the country, the sectors
    assert group.country == "USA" and group.sector == ["LEG"]
    assert [a.name for a in actors.actors[:2]] == ["Ann Lee", "Bo Ray"]
    # the same pair named again is the same group
    assert conjoined(doc, actors, doc[5], []) is group
    assert len(actors.actors) == 3


def test_they_after_a_pair_joined_by_or_or_with_no_actor_in_it_is_no_group():
    rows = [list(r) for r in PAIR]
    rows[1][0] = rows[1][4] = "or"
    doc = build_doc([tuple(r) for r in rows] + they_said(5))
    actors = actor_set(doc, (0, 1, "Ann Lee", "person"), (2, 3, "Bo Ray", "person"))
    assert conjoined(doc, actors, doc[5], []) is None
    # "Lee and aides wrote": one conjunct is no actor the text names
    doc = build_doc(PAIR + they_said(5))
    actors = actor_set(doc, (0, 1, "Ann Lee", "person"))
    assert conjoined(doc, actors, doc[5], []) is None


def test_a_plural_subject_named_since_the_pair_is_what_they_carries_on():
    # "Lee and Ray wrote. Aides left. They said.": the aides, not the pair
    doc = build_doc(PAIR + [("Aides", 6, "nsubj", "NOUN", "aide", "NNS"),
                            ("left", 6, "ROOT", "VERB", "leave", "VBD"),
                            (".", 6, "punct", "PUNCT", ".", ".")] + they_said(8))
    actors = actor_set(doc, (0, 1, "Ann Lee", "person"), (2, 3, "Bo Ray", "person"),
                       (5, 6, "aides", "group"))
    assert conjoined(doc, actors, doc[8], []) is None


def test_a_pair_named_inside_quotation_marks_or_long_before_is_not_they():
    # '“Lee and Ray wrote.” They said.': what someone said names no one the narration means
    doc = build_doc(PAIR + they_said(5))
    actors = actor_set(doc, (0, 1, "Ann Lee", "person"), (2, 3, "Bo Ray", "person"))
    assert conjoined(doc, actors, doc[5], [(0, len(doc[:5].text))]) is None
    # three sentences between: too far back
    rows = PAIR + [
        ("It", 6, "nsubj", "PRON", "it", "PRP"), ("rained", 6, "ROOT", "VERB", "rain", "VBD"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("It", 9, "nsubj", "PRON", "it", "PRP"), ("rained", 9, "ROOT", "VERB", "rain", "VBD"),
        (".", 9, "punct", "PUNCT", ".", "."),
        ("It", 12, "nsubj", "PRON", "it", "PRP"), ("rained", 12, "ROOT", "VERB", "rain", "VBD"),
        (".", 12, "punct", "PUNCT", ".", ".")] + they_said(14)
    doc = build_doc(rows)
    actors = actor_set(doc, (0, 1, "Ann Lee", "person"), (2, 3, "Bo Ray", "person"))
    assert conjoined(doc, actors, doc[14], []) is None


@pytest.mark.slow
def test_a_quote_they_say_after_a_pair_is_the_pairs_on_the_real_pipeline():
    import dyad

    text = ("Donald Trump and Corey Lewandowski denied the report on Monday. "
            "They said that the woman had lied.")
    rec = dyad.analyze(text)
    q = next(q for q in rec.quotes if q.text == "the woman had lied")
    speaker = rec.actor(q.speaker)
    assert speaker.name == "Donald Trump and Corey Lewandowski" and speaker.kind == "group"
    assert {a.name for a in rec.actors} >= {"Donald Trump", "Corey Lewandowski"}


def we_said() -> list[tuple]:
    """'We said.'"""
    return [("We", 1, "nsubj", "PRON", "we", "PRP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            (".", 1, "punct", "PUNCT", ".", ".")]


def test_i_or_we_in_the_narration_is_the_writer_and_no_one_the_text_names():
    from dyad.nlp.speaker_groups import the_writer

    doc = build_doc(we_said())
    assert the_writer(doc, doc[0], [])
    # inside quotation marks "we" is whoever is quoted
    assert not the_writer(doc, doc[0], [(0, len(doc.text))])
    # a transcript's line is its speaker's ("TAPPER: I think …")
    doc = build_doc([("TAPPER", 2, "nsubj", "PROPN", "TAPPER", "NNP"), (":", 2, "punct", "PUNCT", ":", ":"),
                     ("I", 3, "nsubj", "PRON", "I", "PRP"), ("think", 3, "ROOT", "VERB", "think", "VBP"),
                     (".", 3, "punct", "PUNCT", ".", ".")])
    assert doc.text.startswith("TAPPER: I") and not the_writer(doc, doc[2], [])


def test_a_passage_set_off_by_a_colon_is_its_writers_not_the_articles():
    from dyad.nlp.speaker_groups import the_writer

    # "Lee wrote: / / I think it rained.": the passage is Lee's
    rows = [("Lee", 1, "nsubj", "PROPN", "Lee", "NNP"), ("wrote", 1, "ROOT", "VERB", "write", "VBD"),
            (":", 1, "punct", "PUNCT", ":", ":"), ("\n\n", 1, "dep", "SPACE", "\n\n", "_SP"),
            ("I", 5, "nsubj", "PRON", "I", "PRP"), ("think", 5, "ROOT", "VERB", "think", "VBP"),
            (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows)
    assert not the_writer(doc, doc[4], [])
    # with a full stop instead of the colon, the "I" is the writer's own
    rows[2] = (".", 1, "punct", "PUNCT", ".", ".")
    doc = build_doc(rows)
    assert the_writer(doc, doc[4], [])


def test_a_speaker_who_is_the_writer_is_left_unresolved():
    from dyad.nlp.speakers import resolve_speaker

    # "Lee left. We said it rained.": "we" is not Lee's party, nor anyone the text names
    doc = build_doc([("Lee", 1, "nsubj", "PROPN", "Lee", "NNP"), ("left", 1, "ROOT", "VERB", "leave", "VBD"),
                     (".", 1, "punct", "PUNCT", ".", "."), ("We", 4, "nsubj", "PRON", "we", "PRP"),
                     ("said", 4, "ROOT", "VERB", "say", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")])
    actors = actor_set(doc, (0, 1, "Acme Party", "organization"))
    assert resolve_speaker(doc, actors, doc[3], [])[0] is None
    # the same "we" inside quotation marks is the party's
    inside = [(doc[3].idx, len(doc.text))]
    assert resolve_speaker(doc, actors, doc[3], inside)[0].name == "Acme Party"


@pytest.mark.slow
def test_the_writers_quotations_go_on_as_the_writers_on_the_real_pipeline():
    import dyad

    # a memoir's "I said": no one the text names, yet the quotations after it are still the
    # writer's turn, not dropped for want of a speaker
    text = ("The judge Richard Berman looked at me and asked about the case.\n\n"
            "“Okay,” I said, attempting to regroup. “I would like to try again to explain what "
            "happened that night.”\n\n"
            "“I have not been reluctant to admit what I did and I regret it deeply, your honor.”")
    rec = dyad.analyze(text)
    mine = [q for q in rec.quotes if q.kind == "direct"]
    assert len(mine) == 3
    assert all(q.speaker is None and text[slice(*q.speaker_span)] == "I" for q in mine)
