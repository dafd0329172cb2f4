"""What news of other styles than PolNeAR says of a speaker beside the name: whom the words
were said to, through the quotations that go on with them, and the sex a title gives, where
the British "said Mr Clump" leaves a surname the tagger took for no name."""

import pytest


def _record(text):
    from dyad.api import analyze

    return analyze(text)


def _quotes(rec):
    acts = {a.id: a for a in rec.actors}
    return [(rec.text[q.start:q.end], acts[q.speaker].name if q.speaker in acts else None,
             acts[q.addressee].name if q.addressee in acts else None) for q in rec.quotes]


@pytest.mark.slow
def test_quotations_that_go_on_are_said_to_the_same_one(nlp):
    text = ("But Nigel Williams told the Scottish Daily Mail: \"I spoke to Matt Williams at the "
            "dinner. \"He made no mention of the disallowed try.\n\n"
            "\"That is the beginning and end of it.\"")
    assert _quotes(_record(text)) == [
        ("I spoke to Matt Williams at the dinner.", "Nigel Williams", "Scottish Daily Mail"),
        ("He made no mention of the disallowed try.", "Nigel Williams", "Scottish Daily Mail"),
        ("That is the beginning and end of it.", "Nigel Williams", "Scottish Daily Mail")]


@pytest.mark.slow
def test_a_quotation_after_a_plain_saying_is_said_to_no_one(nlp):
    text = ("\"It is done,\" Nigel Williams said. \"We move on.\"\n\n"
            "\"That is the end of it.\"")
    assert [adr for _, _, adr in _quotes(_record(text))] == [None, None, None]


@pytest.mark.slow
def test_mr_and_a_surname_the_tagger_missed_is_the_man_named_in_full(nlp):
    text = ("Retail Decisions chief executive Carl Clump told the BBC that chip and pin would "
            "work.\n\nNearly two thirds of people said they had used cards. \"The main issue is "
            "that not everyone has the pins they need,\" said Mr Clump.")
    rec = _record(text)
    assert _quotes(rec)[-1][1] == "Carl Clump"
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Carl Clump"]


@pytest.mark.slow
def test_mr_is_not_the_woman_of_that_surname_but_a_man(nlp):
    text = ("Retail Decisions chief executive Carla Clump told the BBC that chip and pin would "
            "work.\n\nNearly two thirds of people said they had used cards. \"The main issue is "
            "that not everyone has the pins they need,\" said Mr Clump.")
    rec = _record(text)
    people = {a.name: a.gender for a in rec.actors if a.kind == "person"}
    assert _quotes(rec)[-1][1] == "Mr Clump"
    assert people["Mr Clump"] == "male"


@pytest.mark.slow
def test_a_verb_inside_the_quotation_reopened_next_is_no_cue_of_this_one(nlp):
    text = ("Williams is set to win his 50th cap. \"My recovery has been quicker than we all "
            "hoped,\" Williams told BBC Sport Wales. \"I haven't started a game since January, "
            "but I have kept up my fitness levels. \"I feel quite fresh and I just can't wait "
            "to play again.\" Williams says he expects a torrid time.")
    rec = _record(text)
    second = next(q for q in rec.quotes if rec.text[q.start:q.end].startswith("I haven't"))
    assert second.cue is None
    assert _quotes(rec)[1][1:] == ("Williams", "BBC Sport Wales")


@pytest.mark.slow
def test_a_title_of_the_one_a_description_names_says_nothing_of_its_holder(nlp):
    text = ("Germany reacted on Tuesday. \"Brussels draws us all together,\" Ms. Merkel's "
            "spokesman, Steffen Seibert, wrote on Twitter.")
    rec = _record(text)
    people = {a.name: a.gender for a in rec.actors if a.kind == "person"}
    assert people["Steffen Seibert"] != "female"


@pytest.mark.slow
def test_a_bare_surname_with_no_title_is_still_the_one_named_in_full(nlp):
    text = ("\"You want a bill to go to conference committee because you have more control "
            "over it,\" said Sen. Jon Husted, a Kettering Republican who served four years as "
            "House speaker. But Asher said it doesn't have to be that simple. \"Conference "
            "committees have a substantial amount of power,\" he said. \"You don't have to split "
            "the difference.\" Husted said it remains unknown how the new dynamics will play out.")
    rec = _record(text)
    husted = [name for quoted, name, _ in _quotes(rec) if quoted.startswith("it remains")]
    assert husted == ["Jon Husted"]


@pytest.mark.slow
def test_the_quotation_after_a_question_put_to_someone_is_their_answer(nlp):
    text = ("He won damages after the newspaper printed allegations about him. Dr Liam Fox was "
            "asked if he would say yes or no if Lord Archer applied to rejoin. \"I'm sure that in "
            "line with people having served their sentence, we would look at that "
            "sympathetically.\"")
    found = _quotes(_record(text))
    assert found[-2][1:] == (None, "Liam Fox")  # the question: put to him by no one named
    assert found[-1] == (("I'm sure that in line with people having served their sentence, we "
                          "would look at that sympathetically."), "Liam Fox", None)
