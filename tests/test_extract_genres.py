"""Detection in unusual genres: briefing transcripts with speaker turns and Q/A, parliamentary
written questions, court summaries, humanitarian tables, wire factboxes, correction notices,
newsletters with embedded posts, obituary lists, scores and votes. Every document here is
written for this test."""

from casualty_claims.sentences import split_sentences
from conftest import extract as run


def values(rows):
    return [(r["casualty_type"], r["value_low"], r["value_high"], r["qualifier"]) for r in rows]


def sentences(body):
    return [s.text for s in split_sentences("Test report\n\n" + body)][1:]


# -- speaker turns and Q/A layout --------------------------------------------------------------

def test_each_turn_is_a_sentence_of_its_own():
    body = ("SPOKESMAN KIRBY: We have seen reports of roughly 30\n"
            "Q: Dead?\n"
            "KIRBY: Thirty civilians killed, yes.")
    assert sentences(body) == ["SPOKESMAN KIRBY: We have seen reports of roughly 30", "Q: Dead?",
                               "KIRBY: Thirty civilians killed, yes."]


def test_inline_q_and_a_turns_split():
    body = "Q: How many soldiers were killed on Tuesday A: I would say about 12 Q: And wounded?"
    assert sentences(body) == ["Q: How many soldiers were killed on Tuesday", "A: I would say about 12",
                               "Q: And wounded?"]


def test_a_figure_before_the_next_turn_is_not_typed_by_it(gaz):
    body = "SPOKESPERSON: We have counted roughly 30\nQ: Wounded?\nSPOKESPERSON: Yes, 30 people were wounded."
    assert values(run(gaz, body)) == [("wounded", 30, 30, "exact")]


def test_turn_labels_are_not_numbers(gaz):
    body = ("SPEAKER 2: Forty people were killed.\n"
            "Q3: How many were wounded?\n"
            "A1: Twelve were wounded.")
    assert values(run(gaz, body)) == [("killed", 40, 40, "exact"), ("wounded", 12, 12, "exact")]


# -- parliamentary written questions -------------------------------------------------------------

def test_question_numbers_are_not_counts(gaz):
    body = ("Question 12345 asked how many service personnel were killed in 2023.\n\n"
            "HL1234 Lord Smith asked how many civilians were killed in the strike.\n\n"
            "PQ 45678 on civilian deaths was tabled on Monday.\n\n"
            "UIN 5678, tabled 3 May: how many British soldiers were wounded in Iraq?\n\n"
            "Asked in question HC 3456, the minister said 14 soldiers had died.")
    assert values(run(gaz, body)) == [("killed", 14, 14, "exact")]


# -- tables ---------------------------------------------------------------------------------------

def test_a_header_that_names_no_type_ends_the_types_of_the_table_before(gaz):
    body = ("| Governorate | Killed | Injured |\n"
            "| --- | --- | --- |\n"
            "| Gaza | 120 | 340 |\n\n"
            "| Indicator | Value | Unit |\n"
            "| Displaced | 12,000 | people |\n"
            "| Killed | 165 | people |\n"
            "| Shelters | 85 | sites |")
    assert values(run(gaz, body)) == [("killed", 120, 120, "exact"), ("wounded", 340, 340, "exact"),
                                      ("killed", 165, 165, "exact")]


def test_row_labels_type_a_table_of_indicators(gaz):
    body = ("| Type | Number |\n"
            "| Fatalities | 33 |\n"
            "| Missiles | 40 |\n"
            "| Injuries | 104 |")
    assert values(run(gaz, body)) == [("killed", 33, 33, "exact"), ("wounded", 104, 104, "exact")]


def test_tab_table_of_damage_is_not_typed_by_the_casualty_table_before(gaz):
    body = ("Region\tDead\tInjured\tUnit\n"
            "Kharkiv\t12\t40\tpersons\n"
            "Region\tHouses damaged\tSchools\n"
            "Kharkiv\t230\t4")
    assert values(run(gaz, body)) == [("killed", 12, 12, "exact"), ("wounded", 40, 40, "exact")]


# -- embedded posts -------------------------------------------------------------------------------

def test_post_lines_are_sentences_of_their_own():
    body = ("Morning Brief\n"
            "@KyivIndependent · 2h: Russian missile strike on Odesa kills at least 8 people.\n"
            "— Oleh Kiper (@OlegKiper) May 3, 2024\n"
            "Posted 09:14 · 12.3K views · 450 reposts\n"
            "@IDF: 3 soldiers were killed in southern Gaza.")
    assert sentences(body)[1:] == [
        "@KyivIndependent · 2h: Russian missile strike on Odesa kills at least 8 people.",
        "— Oleh Kiper (@OlegKiper) May 3, 2024",
        "Posted 09:14 · 12.3K views · 450 reposts",
        "@IDF: 3 soldiers were killed in southern Gaza.",
    ]


def test_post_metadata_is_not_counted(gaz):
    body = ("@UNHumanRights 5:42 PM: At least 17 civilians were killed in Sumy today.\n"
            "12 replies · 87 reposts · 340 likes\n"
            "The post was shared 1,200 times.")
    assert values(run(gaz, body)) == [("killed", 17, None, "at_least")]


# -- obituary lists, scores and votes ------------------------------------------------------------

def test_ages_in_an_obituary_list_are_not_counts(gaz):
    body = ("The dead include:\n"
            "- Oleksandr Kovalenko, 34, a teacher;\n"
            "- Maria Petrenko, 71;\n"
            "- Ivan Petrenko (73), her husband.\n\n"
            "Serhiy Ivanenko, 41, killed in Bakhmut on 3 May.\n\n"
            "Nadia, 6, and her brother Artem, 9, were killed in their beds.\n\n"
            "All 14 were killed when the missile hit the apartment block.")
    assert values(run(gaz, body)) == [("killed", 14, 14, "exact")]


def test_scores_and_vote_tallies_are_not_counts(gaz):
    body = ("The match ended 3-1 and the vote passed 312-104.\n\n"
            "Parliament approved the motion by 412 votes to 96, with 12 abstentions.\n\n"
            "The Security Council voted 13-0, with two abstentions, to condemn the attack that killed 20 people.")
    assert values(run(gaz, body)) == [("killed", 20, 20, "exact")]



# -- correction notices ---------------------------------------------------------------------------

def test_a_figure_an_earlier_version_gave_is_retracted(gaz):
    body = ("Correction: An earlier version of this story said 15 people were killed in the strike. "
            "The correct figure is 13.\n\n"
            "CORRECTION: A previous version of this article wrongly said 18 soldiers were killed.\n\n"
            "An earlier version of this article incorrectly reported that 40 civilians had died.")
    assert values(run(gaz, body)) == [("killed", 13, 13, "exact")]


def test_the_corrected_figure_beside_a_retracted_one_stays(gaz):
    body = ("Editor's note: A previous version misstated the toll as 200 dead; the ministry said 120 people "
            "were killed.\n\n"
            "This article was amended on 3 May 2024 to correct the number of soldiers killed, which was 21, "
            "not 12 as originally reported.\n\n"
            "We have corrected the figure of 27 wounded given in an earlier version.\n\n"
            "This story has been corrected to show that 9 soldiers were wounded, not 19.")
    assert values(run(gaz, body)) == [("killed", 120, 120, "exact"), ("killed", 21, 21, "exact"),
                                      ("wounded", 9, 9, "exact")]


def test_a_partys_first_version_of_events_is_a_claim(gaz):
    body = ("The ministry's first version of events said 63 soldiers were killed; it later raised the toll to 89.\n\n"
            "The toll of 63, as initially reported by Moscow, was later raised to 89.")
    got = values(run(gaz, body))
    assert ("killed", 63, 63, "exact") in got and got.count(("killed", 63, 63, "exact")) == 2


# -- court summaries ------------------------------------------------------------------------------

def test_counts_of_offences_are_not_tolls(gaz):
    body = ("The court convicted the former commander of 27 counts of murder and sentenced him to 25 years in prison.\n\n"
            "He was convicted of 27 murders and 14 attempted murders.\n\n"
            "The court acquitted him of 5 killings.\n\n"
            "She was charged with 14 counts of attempted murder and 3 counts of kidnapping.\n\n"
            "The tribunal heard from 45 witnesses over 120 days.")
    assert run(gaz, body) == []


def test_the_dead_a_court_names_are_counted(gaz):
    body = ("Judges said at least 33 civilians were killed in the attack he ordered.\n\n"
            "She was found guilty of murdering 27 people.\n\n"
            "Paragraph 212 of the judgment describes how 8 men were executed.")
    assert values(run(gaz, body)) == [("killed", 33, None, "at_least"), ("killed", 27, 27, "exact"),
                                      ("killed", 8, 8, "exact")]


# -- questions ------------------------------------------------------------------------------------

def test_a_yes_no_question_asserts_no_figure(gaz):
    body = ("Q: Can you confirm reports that 40 soldiers died at the base?\n"
            "SPOKESPERSON: I cannot confirm that figure.\n"
            "Q3: Were 20 soldiers captured?\n"
            "A1 - Yes, 20 soldiers were captured.")
    assert values(run(gaz, body)) == [("captured", 20, 20, "exact")]
    assert run(gaz, "Is it true that 50 civilians died?") == []


def test_a_factbox_of_bullets(gaz):
    body = ("* At least 52 people were killed, officials say.\n"
            "* 31 people remain missing.\n"
            "* 3,600 people were evacuated from flooded areas.\n"
            "* The dam was built in 1956.\n"
            "- Troops: 150,000 deployed\n"
            "- Buildings destroyed: 1,200")
    assert values(run(gaz, body)) == [("killed", 52, None, "at_least"), ("missing", 31, 31, "exact")]
