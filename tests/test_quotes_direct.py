"""Direct and mixed quotation spans: multi-paragraph quotes, stray marks, and the words that
PolNeAR counts as part of a quote around its quotation marks."""

import pytest

from dyad.nlp.quotes import quote_spans


def spans_text(text):
    return [text[s:e] for s, e in quote_spans(text)]


def test_multi_paragraph_quote_across_blank_lines():
    text = ("The mayor spoke at length.\n\n“We built the bridge in a year.\n\n"
            "“Nobody thought we could, and we did it anyway.”\n\nThe crowd cheered.")
    assert spans_text(text) == ["We built the bridge in a year.",
                                "Nobody thought we could, and we did it anyway."]


def test_multi_paragraph_quote_of_three_paragraphs_only_the_last_closes():
    text = "“One.\n\n“Two, still going.\n\n“Three, and done.”\nAfter."
    assert spans_text(text) == ["One.", "Two, still going.", "Three, and done."]


def test_open_paragraphs_that_never_close_are_no_quote():
    # each line opens a mark that nothing closes: stray marks, not one long quotation
    text = "“First stray line\n\n“Second stray line\n\nPlain narration follows here."
    assert spans_text(text) == []


def test_stray_mark_before_a_closed_quote_swallows_nothing():
    text = "He wrote “the start\n\nThe council met. “We agree,” she said."
    assert spans_text(text) == ["We agree"]


def test_nested_double_quotes_give_the_outer_quotation():
    text = "“He told me “go home” and then he left,” she said. Later “it rained,” he said."
    assert spans_text(text) == ["He told me “go home” and then he left", "it rained"]


def test_unbalanced_nested_opener_falls_back_to_the_last_opener():
    # the first opener is never closed: a stray mark, and the quotation is the one after it
    text = "She wrote “a note and then “we will stay,” she said."
    assert spans_text(text) == ["we will stay"]


def _quotes(text):
    from dyad.api import analyze

    rec = analyze(text)
    return [(q.kind, text[q.start:q.end]) for q in rec.quotes], rec


@pytest.mark.slow
def test_quotation_after_a_report_goes_on_with_it(nlp):
    text = ("The governor said the state had made real progress on roads. “I believe the worst "
            "is behind us and the next year will be better for every driver.”")
    quotes, _ = _quotes(text)
    joined = ("the state had made real progress on roads. “I believe the worst is behind us and "
              "the next year will be better for every driver.”")
    assert ("mixed", joined) in quotes
    assert not any(k == "direct" for k, _ in quotes)


@pytest.mark.slow
def test_opening_clause_before_a_quote_attributed_after_it(nlp):
    text = "If the bridge opens in May, “it will change this town for good,” the mayor said."
    quotes, _ = _quotes(text)
    assert quotes == [("mixed", "If the bridge opens in May, “it will change this town for good")]


@pytest.mark.slow
def test_opening_clause_with_a_cue_of_its_own_stays_out(nlp):
    text = "The mayor had said, “We will see,” when reporters asked about the bridge."
    quotes, _ = _quotes(text)
    assert ("direct", "We will see") in quotes


@pytest.mark.slow
def test_quote_relayed_by_someone_else_is_theirs_up_to_according_to(nlp):
    text = ("“We will not close the plant,” Jenkins said on Monday, according to the Gazette.")
    quotes, rec = _quotes(text)
    assert quotes == [("mixed", "“We will not close the plant,” Jenkins said on Monday")]
    (q,) = rec.quotes
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "the Gazette"


@pytest.mark.slow
def test_passage_over_paragraphs_with_no_speaker_is_no_quote(nlp):
    text = ("The bill went to the floor.\n\n“Section one sets the budget of the agency for "
            "the coming year.\n\n“Section two repeals the old fee on river barges.”\n\n"
            "Debate begins next week.")
    quotes, _ = _quotes(text)
    assert not any(k == "direct" for k, _ in quotes)


@pytest.mark.slow
def test_multi_paragraph_quote_after_its_cue_is_one_speakers(nlp):
    text = ("Maria Lopez, the union leader, said: “We waited ten years for this contract.\n\n"
            "“Now every worker in the plant will see the raise.”\n\nTalks ended on Friday.")
    quotes, rec = _quotes(text)
    assert [t for k, t in quotes if k == "direct"] == [
        "We waited ten years for this contract.",
        "Now every worker in the plant will see the raise."]
    speakers = {q.speaker for q in rec.quotes if q.kind == "direct"}
    assert len(speakers) == 1 and None not in speakers


@pytest.mark.slow
def test_quotation_with_a_byline_is_a_title(nlp):
    text = ("WEEKEND READING\n\n—“The river towns that time forgot,” by the Courier's Ann Webb: "
            "http://example.com/1.\n\nThe council meets on Monday.")
    quotes, _ = _quotes(text)
    assert not any("river towns" in t for _, t in quotes)


@pytest.mark.slow
def test_a_clause_of_the_quotes_own_is_not_its_cue(nlp):
    # "while … could be expected" hangs from the quotation's verb: it says nothing of who speaks
    text = ("Ann Lee, a strategist at a bank, told Reuters that while no immediate market impact "
            "could be expected, “it is enough to show they will raise rates”.")
    _, rec = _quotes(text)
    for q in rec.quotes:
        assert q.cue != "could be expected"
        assert rec.actor(q.speaker).name == "Ann Lee"


@pytest.mark.slow
def test_the_it_of_a_passive_cue_is_no_one(nlp):
    text = ("The minister met China's envoy on Monday. It was reported that the talks failed. "
            "The bank lent the firm $6bn, it has been revealed.")
    _, rec = _quotes(text)
    said = {text[q.start:q.end]: q for q in rec.quotes}
    assert said["the talks failed"].speaker is None
    assert said["the talks failed"].speaker_span is None
    assert said["The bank lent the firm $6bn"].speaker is None
    # a "by" phrase names who said it
    text = "The senator was told by Ann Lee that the deal was dead."
    _, rec = _quotes(text)
    [q] = rec.quotes
    assert rec.actor(q.speaker).name == "Ann Lee"


def test_quotation_paragraphs_run_together_on_one_line_are_each_a_quotation():
    # archives that drop line breaks leave each paragraph's reopening mark mid-line
    text = ('Ms Lee said: "Carers must not pay. "We need a fair system. "Our plan shows it." '
            "The charity agrees.")
    assert spans_text(text) == ["Carers must not pay.", "We need a fair system.", "Our plan shows it."]
    # a stray mark with no sentence ended before the next opener is still stray
    assert spans_text('A "stray mark then he said "ok" and left.') == ["ok"]
    # nothing closes the run: the marks are stray, and nothing is swallowed
    assert spans_text('He said: "One thing. "Two things. Then more.') == []


@pytest.mark.slow
def test_a_run_of_reopened_quotations_after_a_report_goes_on_with_its_speaker(nlp):
    text = ('Director Ann Lee criticised the system. "There is no logic to it. "It is not a '
            'sustainable situation for carers." The charity recommends a weekly payment.')
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if "logic" in text[q.start:q.end]]
    assert rec.actor(q.speaker).name == "Ann Lee"
    assert all(rec.actor(q.speaker).name == "Ann Lee" for q in rec.quotes
               if "sustainable" in text[q.start:q.end])


@pytest.mark.slow
def test_a_cue_in_the_next_sentence_that_opens_on_something_else_is_not_the_quotes(nlp):
    text = ('“She is alienating our community,” Ann Lee said. “This comment is music to the ears '
            'of racists.” Later, the prime minister\'s spokesman urged people to read it in context.')
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if "music" in text[q.start:q.end]]
    assert q.cue != "urged"
    assert rec.actor(q.speaker).name == "Ann Lee"


@pytest.mark.slow
def test_a_passive_verb_in_the_next_sentence_is_not_the_quotes_cue(nlp):
    text = ("Party chairman Ann Lee said the plans showed fear.\n\n“This government turns its back "
            "on voters and is scared to face the press.” The election is widely expected in May.")
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if "scared" in text[q.start:q.end]]
    assert q.cue is None


@pytest.mark.slow
def test_a_cue_with_a_modal_in_the_next_sentence_is_not_the_quotes(nlp):
    text = ("“We have recognised the need for clarity,” Mr Lee said. “We are leaving behind one of "
            "our old ways.” The company will announce its new head office in May.")
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if "leaving" in text[q.start:q.end]]
    assert q.cue is None
    assert rec.actor(q.speaker).name == "Lee"


@pytest.mark.slow
def test_quotation_paragraphs_apart_by_a_blank_line_go_on_with_their_speaker(nlp):
    text = ('Mr Lee said: "I dealt with this six months ago. I said then you do not do deals.\n\n'
            '"What we are doing is running the country." The book was published on Sunday.')
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if "running" in text[q.start:q.end]]
    assert q.speaker is not None and rec.actor(q.speaker).name == "Lee"


@pytest.mark.slow
def test_a_run_of_quotations_after_a_report_in_the_paragraph_before_is_its_speakers(nlp):
    text = ("Paying tribute, Lord Chancellor Ann Lee said the judge was a great advocate.\n\n"
            '"His legacy is substantial. "His work after the riots was vital." The judge died in 2004.')
    _, rec = _quotes(text)
    said = [q for q in rec.quotes if "legacy" in text[q.start:q.end] or "riots" in text[q.start:q.end]]
    assert said and all(q.speaker is not None and "Lee" in rec.actor(q.speaker).name for q in said)


@pytest.mark.slow
def test_a_quotation_opened_with_backticks_goes_on_after_its_lead_in(nlp):
    # ``…'' as some archives write quotation marks: the backticks are marks, not words
    text = ("The storm is weakening, but ''the air does not react at once,'' Mayor Ann Lee "
            "said. ``The conditions are really stacked against us right now.'' Crews are working.")
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if "stacked" in text[q.start:q.end]]
    assert rec.actor(q.speaker).name == "Ann Lee"


def test_backticks_are_punctuation_and_quotation_marks():
    import spacy

    from dyad.nlp.marks import mark_backticks

    nlp = spacy.blank("en")
    mark_backticks(nlp.vocab)
    doc = nlp("``Yes,'' she said.")
    assert all(t.is_punct and t.is_quote for t in doc if set(t.text) == {"`"})


@pytest.mark.slow
def test_a_subject_inside_the_quotation_after_its_cue_is_not_the_speaker(nlp):
    # the parse may take the quoted words after the verb for its subject
    text = ("The gunman shouted about the city in Turkish, and also yelled “Allahu akbar,” the "
            "Arabic phrase for “God is great.”")
    _, rec = _quotes(text)
    [q] = [q for q in rec.quotes if text[q.start:q.end] == "Allahu akbar"]
    assert q.speaker is not None and "gunman" in rec.actor(q.speaker).name


@pytest.mark.slow
def test_a_cue_with_an_infinitive_after_a_closed_quotation_starts_its_own_report(nlp):
    # '“….” He urged politicians to …': a sentence of its own, not the quotation's attribution;
    # a participle after the cue is no such clause ('“…?” Sanders asked, shaking his head')
    from dyad.api import analyze

    rec = analyze('The bishop spoke on Sunday. "They are turned off by the way we do politics '
                  'in Britain." He urged politicians to avoid negative campaigning.')
    assert [(q.kind, q.cue) for q in rec.quotes] == [("direct", None), ("indirect", "urged")]
    rec = analyze('"Should the dealer be sued for selling me a legal product?" Sanders asked, '
                  'shaking his head.')
    assert [(q.kind, q.cue) for q in rec.quotes] == [("direct", "asked")]
