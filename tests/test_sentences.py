"""Sentence splitting with offsets (casualty_claims.sentences)."""

from casualty_claims.sentences import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_text():
    text = "Title line here\n\nFirst one. Second one!  Third?"
    for s in split_sentences(text):
        assert " ".join(text[s.start:s.end].split()) == s.text


def test_abbreviations_and_decimals_do_not_split():
    text = ("Headline\n\nLt. Gen. Ivan Petrov said the U.S. officials left at 3 a.m. on Monday. "
            "The blast came at 12.02 am. Mr. Smith agreed.")
    assert texts(text)[1:] == [
        "Lt. Gen. Ivan Petrov said the U.S. officials left at 3 a.m. on Monday.",
        "The blast came at 12.02 am.",
        "Mr. Smith agreed.",
    ]


def test_initials_in_a_name():
    assert texts("Headline\n\nBy J. R. Ewing the story went on. It ended.")[1:] == [
        "By J. R. Ewing the story went on.", "It ended."]


def test_sentence_ends_inside_quotes():
    assert texts('Headline\n\nHe said: "We lost nine men." The army denied it.')[1:] == [
        'He said: "We lost nine men."', "The army denied it."]
    assert texts('Headline\n\n"We lost nine men," he said. It was late.')[1:] == [
        '"We lost nine men," he said.', "It was late."]


def test_title_is_its_own_sentence():
    got = texts("Kyiv says 400 soldiers killed in strike\n\nThe strike hit a school.")
    assert got == ["Kyiv says 400 soldiers killed in strike", "The strike hit a school."]


def test_paragraph_break_mid_sentence_is_joined():
    text = "Headline\n\nThe shelling led to the deaths of 37\n\nelderly villagers. Next sentence."
    assert texts(text)[1:] == ["The shelling led to the deaths of 37 elderly villagers.", "Next sentence."]
    text = "Headline\n\nThe shelling led to the deaths of 37\n\nUkrainian villagers. Next sentence."
    assert texts(text)[1:] == ["The shelling led to the deaths of 37 Ukrainian villagers.", "Next sentence."]


def test_heading_and_list_items_stay_apart():
    text = "Headline\n\nBody text ends here.\n\n## Category\n\n- 1. War\n- 2 Main"
    assert texts(text)[1:] == ["Body text ends here.", "## Category", "- 1. War", "- 2 Main"]


def test_subheading_without_punctuation_is_not_joined():
    text = "Headline\n\nLive updates\n\nSeven people died overnight."
    assert texts(text)[1:] == ["Live updates", "Seven people died overnight."]


def test_table_rows_are_sentences_of_their_own():
    text = ("Title\n\nCasualties to date\n| Group | Killed | Wounded |\n|---|---|---|\n| Soldiers | 12 | 30 |\n"
            "Civilians | 4 | 9\n\nName\tDead\tHurt\nTown\t4\t9\nThe end came quickly. It was over.")
    assert texts(text)[1:] == ["Casualties to date", "| Group | Killed | Wounded |", "|---|---|---|",
                               "| Soldiers | 12 | 30 |", "Civilians | 4 | 9", "Name Dead Hurt", "Town 4 9",
                               "The end came quickly.", "It was over."]


def test_footnote_marker_after_a_full_stop_ends_the_sentence():
    assert texts("Headline\n\nThey left in buses.[48] The Red Cross counted them.[49] It ended.")[1:] == [
        "They left in buses.[48]", "The Red Cross counted them.[49]", "It ended."]
