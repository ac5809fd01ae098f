"""Rule-based claim extraction on sentences written for these tests."""

import pytest

from casualty_claims.extract import extract_claims

from conftest import extract as run


def brief(rows):
    return [(r["casualty_type"], r["value_low"], r["value_high"], r["qualifier"]) for r in rows]


@pytest.mark.parametrize("body,expected", [
    ("Officials said 14 people were killed.", [("killed", 14, 14, "exact")]),
    ("The shelling killed at least nine civilians.", [("killed", 9, None, "at_least")]),
    ("Some 40 soldiers are believed to have died.", [("killed", 40, 40, "approx")]),
    ("The raid left 12 dead and 30 wounded.", [("killed", 12, 12, "exact"), ("wounded", 30, 30, "exact")]),
    ("About 70 fighters were killed or wounded.", [("casualties", 70, 70, "approx")]),
    ("The death toll rose to 58 on Monday.", [("killed", 58, 58, "exact")]),
    ("The toll has passed 300, officials said.", [("killed", 300, None, "more_than")]),
    ("The army said it had captured 25 enemy soldiers.", [("captured", 25, 25, "exact")]),
    ("Seven crew members remain missing.", [("missing", 7, 7, "exact")]),
    ("Dozens of residents were injured.", [("wounded", 24, None, "vague")]),
    ("The strike caused scores of deaths.", [("killed", 40, None, "vague")]),
    ("Officials raised the toll to 31, up from 26.", [("killed", 31, 31, "exact"), ("killed", 26, 26, "exact")]),
    ("Between 60 and 70 marines were killed.", [("killed", 60, 70, "range")]),
    ("Russia has lost some 300,000 troops, the ministry claimed.", [("casualties", 300000, 300000, "approx")]),
    ("At least 20 people, including five children, were killed.",
     [("killed", 20, None, "at_least"), ("killed", 5, 5, "exact")]),
    ("The blast killed four hundred and twelve people.", [("killed", 412, 412, "exact")]),
    ("Rescuers recovered 33 bodies from the rubble.", [("killed", 33, 33, "exact")]),
])
def test_detection(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body", [
    "The army fired six deadly missiles at the bridge.",
    "The base housed scores of newly drafted troops.",
    "No one was killed in the attack.",
    "A new offensive could kill thousands of people.",
    "The rebels threatened to kill 50 hostages.",
    "The siren sounded at 12.02 am and again at 3 p.m.",
    "A 12-year-old boy was among those hurt.",
    "The country pledged $400 million in weapons.",
    "About 3,000 troops were deployed to the border.",
    "The convoy carried 200 evacuees to safety.",
    "It was the deadliest day since 1994, when 80 people were killed in a market bombing.",
    "Had the shelter collapsed, hundreds would have died.",
    "The two sides exchanged 90 prisoners of war on Friday.",
])
def test_not_claims(gaz, body):
    assert run(gaz, body) == []


def test_adversary_claim_with_hedge(gaz):
    (r,) = run(gaz, "Kyiv claimed that as many as 500 Russian paratroopers may have been killed.")
    assert (r["victim_side"], r["victim_group"], r["claimant_side"], r["stance"]) == \
        ("russia", "military", "ukraine", "adversary")
    assert r["value_high"] == 500 and r["qualifier"] == "up_to"


def test_official_claim_by_ministry_with_variant_spelling(gaz):
    (r,) = run(gaz, "Russia's Defense Ministry said 17 servicemen had died in the strike.")
    assert (r["claimant"], r["claimant_side"], r["stance"], r["victim_side"]) == \
        ("russia-mod", "russia", "official", "russia")


def test_independent_monitor(gaz):
    (r,) = run(gaz, "According to the UN human rights office, at least 35 civilians in Kharkiv were killed.")
    assert (r["claimant"], r["claimant_side"], r["stance"], r["victim_side"], r["victim_group"]) == \
        ("ohchr", "third_party", "independent", "ukraine", "civilian")


def test_unattributed_author(gaz):
    (r,) = run(gaz, "The strike on Makeyevka killed 63 Russian recruits, reportedly.")
    assert (r["claimant"], r["claimant_side"], r["stance"]) == ("author", "author", "unattributed")
    assert r["place"] == "makiivka" and r["conflict"] == "russia-ukraine"


def test_trailing_attribution_and_carry_over(gaz):
    rows = run(gaz, '"We have lost 11 fighters," the Hezbollah statement said. It added that 40 were wounded.')
    assert [(r["value_low"], r["claimant_side"]) for r in rows] == [(11, "hezbollah"), (40, "hezbollah")]


def test_quotation_spanning_sentences_keeps_its_speaker(gaz):
    body = ("Ukraine's General Staff spokesman said:\n\n"
            '"The enemy attacked all night. By morning 230 occupiers had been eliminated."')
    (r,) = run(gaz, body)
    assert (r["claimant_side"], r["victim_side"], r["stance"]) == ("ukraine", "russia", "adversary")


def test_victim_from_attacker(gaz):
    (r,) = run(gaz, "An Israeli air strike killed 19 people overnight, Gaza's health ministry said.")
    assert (r["victim_side"], r["claimant_side"], r["stance"]) == ("palestine", "palestine", "official")


def test_headline_claim_is_found(gaz):
    rows = run(gaz, "Nothing else here.", title="Ukraine says 120 Russian soldiers killed near Bakhmut")
    assert brief(rows) == [("killed", 120, 120, "exact")]
    assert rows[0]["stance"] == "adversary" and rows[0]["place"] == "bakhmut"


def test_sentence_across_paragraph_break(gaz):
    rows = run(gaz, "Nobody doubted the killing of 41\n\nUkrainian prisoners. The rest is silence.")
    assert brief(rows) == [("killed", 41, 41, "exact")]
    assert rows[0]["sentence"] == "Nobody doubted the killing of 41 Ukrainian prisoners."
    assert rows[0]["victim_side"] == "ukraine"


def test_deterministic_and_pure(gaz):
    body = "Officials said 14 people were killed and 30 injured in Kharkiv."
    assert run(gaz, body) == run(gaz, body)


def test_empty_document(gaz):
    assert extract_claims({"doc_id": "x", "source_path": "x", "title": "", "text": "", "published": None}, gaz) == []


def groups(rows):
    return [(r["value_low"], r["victim_group"]) for r in rows]


@pytest.mark.parametrize("body,expected", [
    # each count of a list keeps its own noun
    ("The army said 9 soldiers and 14 civilians were killed.", [(9, "military"), (14, "civilian")]),
    # a count without a noun takes the group of its sentence's other claims
    ("Officials said 30 marines were killed and 45 wounded.", [(30, "military"), (45, "military")]),
    # "of them" + noun
    ("Gunmen killed 18 people, 12 of them pilgrims, near the shrine.", [(18, "civilian"), (12, "civilian")]),
    # a plural demonym counts fighters and civilians together
    ("The ministry said 2,100 Lebanese had been killed.", [(2100, "mixed")]),
    # "people" in a period toll is mixed, in an attack civilian
    ("Monitors counted 4,900 people killed across the country in 2019.", [(4900, "mixed")]),
    ("A rocket hit the bus station, killing 14 people.", [(14, "civilian")]),
    # the toll's modifier says it once for the figures after it
    ("The governor put the civilian toll at 17 dead and 40 injured.", [(17, "civilian"), (40, "civilian")]),
])
def test_victim_group_from_the_sentence(gaz, body, expected):
    assert groups(run(gaz, body)) == expected


def test_victim_group_from_the_document(gaz):
    body = ("Guards at the garrison said the shelling began at dawn. Commanders said 16 conscripts died. "
            "By evening the toll had risen to 23.")
    assert groups(run(gaz, body)) == [(16, "military"), (23, "military")]
    # nobody names the group: the site of the attack does
    rows = run(gaz, "The toll rose to 31 by nightfall.", title="Blast at crowded market")
    assert groups(rows) == [(31, "civilian")]


def sides(rows):
    return [(r["value_low"], r["victim_side"]) for r in rows]


def test_victim_side_of_a_strike_named_by_its_attacker(gaz):
    # "in the Kiev regime's strike" is not a place: the attacker's enemy was hit
    rows = run(gaz, "Moscow said 31 servicemen died in the Kiev regime's missile strike on the depot.")
    assert sides(rows) == [(31, "russia")]
    rows = run(gaz, "A Russian drone strike on Sumy killed nine overnight.")
    assert sides(rows) == [(9, "ukraine")]


def test_victim_side_of_counts_that_refer_back(gaz):
    body = ("Officials said 70 Armenian conscripts had been wounded. "
            "Doctors said 12 of them were in a critical condition and later 5 of them died.")
    assert sides(run(gaz, body)) == [(70, "armenia"), (12, "armenia"), (5, "armenia")]
    body = "The army said 40 Sudanese soldiers died and 61 were wounded."
    assert sides(run(gaz, body)) == [(40, "sudan"), (61, "sudan")]


def test_victim_side_from_the_crew_of_a_named_warship(gaz):
    rows = run(gaz, "Relatives say 14 sailors are still missing from the Moskva.")
    assert sides(rows) == [(14, "russia")]


@pytest.mark.parametrize("body,expected", [
    # the prisoners are the people; the verb after them says what happened
    ("Kyiv said 19 prisoners of war were killed in the fire.", [("killed", 19, 19, "exact")]),
    # "one" directly before a cue is a count, not a pronoun
    ("The navy admits one dead and 11 missing.", [("killed", 1, 1, "exact"), ("missing", 11, 11, "exact")]),
    # a list of parts inside a subset
    ("In all 30 civilians, including four women and 9 children, died.",
     [("killed", 30, 30, "exact"), ("killed", 4, 4, "exact"), ("killed", 9, 9, "exact")]),
    # the children are among the rescued, not among the dead
    ("The toll rose to 21 as crews said 16 people, including three children, had been pulled out alive.",
     [("killed", 21, 21, "exact")]),
    # a year naming an event is not a count; nor is a number word in a compound
    ("The 2024 offensive killed 170 soldiers, the army said.", [("killed", 170, 170, "exact")]),
    ("In sub-zero cold, 12 soldiers died.", [("killed", 12, 12, "exact")]),
])
def test_detection_more(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_list_items_take_the_type_of_their_header(gaz):
    body = ("The dead were counted as follows:\n\n- 212 soldiers of the national army;\n"
            "- 97 members of allied militias.\n\nThe figures are provisional.")
    assert brief(run(gaz, body)) == [("killed", 212, 212, "exact"), ("killed", 97, 97, "exact")]


def test_headline_and_possessive_figures_repeat_a_claim(gaz):
    rows = run(gaz, "The ministry said 14 Sudanese soldiers were killed in the ambush.",
               title="Ambush at the river: 14 Sudanese soldiers and a silence")
    assert brief(rows) == [("killed", 14, 14, "exact"), ("killed", 14, 14, "exact")]
    rows = run(gaz, "Rebels said 300 troops were killed; the army said 45 died. The army's 45 is a guess.")
    assert [r["value_low"] for r in rows] == [300, 45, 45]
