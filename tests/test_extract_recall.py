"""Detection recall: casualty counts that news English separates from their verb, or
whose type only the wider text gives. Every sentence here is written for this test."""

import pytest

from conftest import extract as run


def brief(rows):
    return [(r["casualty_type"], r["value_low"], r["value_high"], r["qualifier"]) for r in rows]


@pytest.mark.parametrize("body,expected", [
    # "more" after the count means more people, not a comparison
    ("About 250 more were hurt in the stampede, the governor added.", [("wounded", 250, 250, "approx")]),
    ("At least 14 more people were injured overnight.", [("wounded", 14, None, "at_least")]),
    # singular heads after "one"
    ("One firefighter died and 3 others are missing.", [("killed", 1, 1, "exact"), ("missing", 3, 3, "exact")]),
    ("Witnesses said one local resident had been hurt.", [("wounded", 1, 1, "exact")]),
    # hyphenated compounds are one word
    ("Officials said 6 brothers-in-arms were killed in the raid.", [("killed", 6, 6, "exact")]),
    # appositions and participial insertions between the count and its verb
    ("The navy said 9 of its sailors, including Captain Jane Roe, the ship's navigator, had been killed.",
     [("killed", 9, 9, "exact")]),
    ("Officials said 11 more miners, badly burned and trapped for hours in the shaft, had died.",
     [("killed", 11, 11, "exact")]),
    ("Some 40 guards, the prison service said on Monday, were wounded.", [("wounded", 40, 40, "approx")]),
    # an "of" phrase after the people
    ("The report said 210 members of the national police had been killed.", [("killed", 210, 210, "exact")]),
    # relative clauses: a speaker inside, and the main verb after them
    ("The agency listed 31 fighters who it said had died in the siege.", [("killed", 31, 31, "exact")]),
    ("It counted 700 detainees who the monitor believes died in custody.", [("killed", 700, 700, "exact")]),
    ("Nine patients who had been badly burned in the fire later died.", [("killed", 9, 9, "exact")]),
    ("Four miners who were hurt in the collapse were taken to hospital.", [("wounded", 4, 4, "exact")]),
    # tolls: the toll noun far before the figure, adverbs before "in the hundreds", labels
    ("The number of passengers killed when the ferry capsized off the northern coast in heavy seas late on "
     "Sunday has risen to 64.", [("killed", 64, 64, "exact")]),
    ("Local doctors said the real toll was almost certainly in the thousands.", [("killed", 2000, None, "vague")]),
    ("Civilians wounded: 57", [("wounded", 57, 57, "exact")]),
    # revisions and shares of a count
    ("The army revised its toll to 45, up from the 38 it gave on Monday.",
     [("killed", 45, 45, "exact"), ("killed", 38, 38, "exact")]),
    ("Losses since the war began stand at 9,120, including 85 over the past day.",
     [("casualties", 9120, 9120, "exact"), ("casualties", 85, 85, "exact")]),
    ("At least 70 people died in the floods, of whom 25 were children.",
     [("killed", 70, None, "at_least"), ("killed", 25, 25, "exact")]),
    # verbs coordinated after an insertion
    ("The bomb killed 8 people, including a child, and wounded about 90.",
     [("killed", 8, 8, "exact"), ("wounded", 90, 90, "approx")]),
    # "lost N soldiers" in one engagement were killed; totals over time are losses
    ("The battalion lost 35 soldiers in an ambush near the river.", [("killed", 35, 35, "exact")]),
    ("The regime has lost 80,000 troops, the rebels claimed.", [("casualties", 80000, 80000, "exact")]),
    # the month May is not the modal "may"
    ("The ministry said in May that 1,200 fighters had surrendered.", [("captured", 1200, 1200, "exact")]),
    ("On 3 May that 45 soldiers were killed was confirmed.", [("killed", 45, 45, "exact")]),
    # "less than three hours" is a measure, not a comparison with another war
    ("Within less than two hours, 18 people had died.", [("killed", 18, 18, "exact")]),
    # a group named at the head of the sentence, shared out
    ("Of those killed in the raid, 14 were teenagers.", [("killed", 14, 14, "exact")]),
    ("Among the injured, 9 are in a critical condition.", [("wounded", 9, 9, "exact")]),
    # a correction between commas
    ("Witnesses said that dozens, not scores, had been hurt.", [("wounded", 24, None, "vague")]),
    # a negated count is not a claim, but a negated inclusion is
    ("The count does not include the hundreds of people who remain missing.", [("missing", 200, None, "vague")]),
    # running totals with the day's change in brackets
    ("Enemy personnel: about 9,870 (+45) soldiers were eliminated.",
     [("killed", 9870, 9870, "approx"), ("killed", 45, 45, "approx")]),
    # more ways of saying killed and wounded
    ("At least 26 migrants drowned when the boat capsized.", [("killed", 26, None, "at_least")]),
    ("Five guards were beaten to death.", [("killed", 5, 5, "exact")]),
    ("Three nurses were among those killed.", [("killed", 3, 3, "exact")]),
    ("Medics said 52 people were being treated for injuries.", [("wounded", 52, 52, "exact")]),
    ("Some 60 bodies were brought to the morgue.", [("killed", 60, 60, "approx")]),
    # lists of people after a claim
    ("The victims included 40 pilgrims, 12 members of the choir and 3 foreigners.",
     [("killed", 40, 40, "exact"), ("killed", 12, 12, "exact"), ("killed", 3, 3, "exact")]),
    # the object of "killed" does not share a later verb
    ("The shelling killed 7 people and 19 others were wounded.",
     [("killed", 7, 7, "exact"), ("wounded", 19, 19, "exact")]),
    # a share of a casualty group, whatever is said of it
    ("Doctors said 8 of the injured were in a critical condition.", [("wounded", 8, 8, "exact")]),
    ("Three of the dead were paramedics.", [("killed", 3, 3, "exact")]),
    # troops arriving after a claim are not part of it
    ("The strike killed 5 soldiers in Kharkiv, and 300 troops were later deployed there.",
     [("killed", 5, 5, "exact")]),
])
def test_detached_counts(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body", [
    "Of the 60 passengers, most were asleep when the bus left.",
    "The town's mayor, 61, said the local council would meet at 9 local time.",
    "The general said the crater was not consistent with dozens of deaths.",
    "Were the dam to fail, officials warned, 5,000 people could die.",
    "Had the train been on time, hundreds of passengers might have been killed.",
    "The army lost 12 tanks in the clash.",
    "The 1,400 figure was later revised.",
])
def test_not_claims(gaz, body):
    assert run(gaz, body) == []


def test_partitive_whole_is_not_a_claim(gaz):
    assert brief(run(gaz, "Of the 60 passengers, 21 were injured.")) == [("wounded", 21, 21, "exact")]


def test_figure_typed_by_the_text_before(gaz):
    body = ("The army first said 31 soldiers were killed. Two days later the figure rose to forty-four. "
            "Critics called the army's 44 an undercount.")
    assert brief(run(gaz, body)) == [("killed", 31, 31, "exact"), ("killed", 44, 44, "exact"),
                                     ("killed", 44, 44, "exact")]


def test_figure_without_type_alone_is_not_a_claim(gaz):
    assert run(gaz, "Within days the figure rose to forty-four.") == []


def test_count_naming_a_figure(gaz):
    body = "Officials first said 640 people had died. The 640 figure was revised on Monday."
    assert brief(run(gaz, body)) == [("killed", 640, 640, "exact"), ("killed", 640, 640, "exact")]


@pytest.mark.parametrize("body,expected", [
    # people joined without a count of their own share the verb
    ("Rescuers said more than 70 patients and their relatives had been shot dead.",
     [("killed", 70, None, "more_than")]),
    ("Some 300 men, women and children were killed in the village.", [("killed", 300, 300, "approx")]),
    ("Elders said dozens of men and boys were still unaccounted for.", [("missing", 24, None, "vague")]),
    ("About 90 tourists and foreign nationals were hurt.", [("wounded", 90, 90, "approx")]),
    # an aside between commas is not a list
    ("Some 45 people, women and children among them, were killed.", [("killed", 45, 45, "approx")]),
    # relative clauses without "who", opened by a pronoun or a speaker's verb
    ("The militia says 14 of the captives it was holding were killed by shelling.", [("killed", 14, 14, "exact")]),
    ("It listed about 230 gunmen it says were killed near the border.", [("killed", 230, 230, "approx")]),
    ("Monitors named 19 guards Moscow says were executed.", [("killed", 19, 19, "exact")]),
    # "those who ..." after the count
    ("Hundreds of those who fled the town are missing, aid groups said.", [("missing", 200, None, "vague")]),
    # brackets, dashes and footnote markers between the people and the verb
    ("The navy said 16 sailors (three of them officers) were killed.",
     [("killed", 16, 16, "exact"), ("killed", 3, 3, "exact")]),
    ("Five aid workers — two drivers, a cook and two guards — had been kidnapped.",
     [("captured", 5, 5, "exact"), ("captured", 2, 2, "exact"), ("captured", 2, 2, "exact")]),
    # a share after a measure of time: "in the first 14 months ..., 9,000 of them ..."
    ("Over 20,000 people died in the first 10 months of the siege, about 8,000 of them from shelling.",
     [("killed", 20000, None, "more_than"), ("killed", 8000, 8000, "approx")]),
    ("At least 33 people[7] were killed in the bombing.", [("killed", 33, None, "at_least")]),
])
def test_joined_people_and_relatives(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "killed" followed by a place or time, not by a count, is passive: "460 killed at hospital"
    ("Monitor says 75 killed at market in Idlib", [("killed", 75, 75, "exact")]),
    ("Nine killed around dawn as shells hit the port", [("killed", 9, 9, "exact")]),
    # a condition in hospital says the people were hurt
    ("Doctors said 11 of them were in critical condition.", [("wounded", 11, 11, "exact")]),
    ("Four children remain in intensive care.", [("wounded", 4, 4, "exact")]),
    # a hedged estimate of a toll is a claim; a forecast is not
    ("Aid officials believe the true toll could be as high as 3,000.", [("killed", None, 3000, "up_to")]),
    ("Medics said the death toll may be 70.", [("killed", 70, 70, "exact")]),
])
def test_passive_conditions_and_hedges(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body", [
    "Officials warned that the death toll could rise to 600.",
    "The toll may reach 90 by nightfall.",
    "Three gunmen killed around 40 worshippers.",  # the count of attackers is not a claim
])
def test_forecasts_and_attackers_are_not_claims(gaz, body):
    assert [r["value_low"] or r["value_high"] for r in run(gaz, body)] in ([], [40])


def test_old_figure_after_up_from(gaz):
    body = "The ministry said 88 people were killed in the quake. The figure is up from 61 on Monday."
    assert brief(run(gaz, body)) == [("killed", 88, 88, "exact"), ("killed", 61, 61, "exact")]


def test_bare_figure_after_a_sentence_about_deaths(gaz):
    body = ("An army spokesman said the damage was not consistent with hundreds of deaths. "
            "Aid workers suggested the real figure was in the dozens.")
    assert brief(run(gaz, body)) == [("killed", 24, None, "vague")]


def test_bare_figure_is_the_death_toll_after_killed_and_wounded(gaz):
    body = "Updated figures: 40 killed, 120 wounded. The figure is up from 35 this morning."
    assert brief(run(gaz, body))[-1] == ("killed", 35, 35, "exact")


def test_count_naming_an_estimate_beside_other_claims(gaz):
    body = ("Experts say 4,000 to 6,000 people were killed in the city. Critics compare the 4,000 to 6,000 "
            "estimate with the roughly 900 deaths recorded by hospitals.")
    assert brief(run(gaz, body)) == [("killed", 4000, 6000, "range"), ("killed", 4000, 6000, "range"),
                                     ("killed", 900, 900, "approx")]


def test_figure_about_the_displaced_is_not_typed_by_deaths(gaz):
    body = "Officials said 300 people had died. The figure for the displaced has reached 12,000."
    assert brief(run(gaz, body)) == [("killed", 300, 300, "exact")]


@pytest.mark.parametrize("body,expected", [
    # a qualifier governs figures coordinated after it without a verb of their own
    ("At least 31 people were killed and 140 injured in the raid.",
     [("killed", 31, None, "at_least"), ("wounded", 140, None, "at_least")]),
    ("More than 60 dead, 200 wounded after dam strike",
     [("killed", 60, None, "more_than"), ("wounded", 200, None, "more_than")]),
    # ... also a bare figure with its own auxiliary (real-text annotators share the qualifier there:
    # "at least N were martyred and M were injured"); not one that names people of its own
    ("At least 31 people were killed and 140 were injured.",
     [("killed", 31, None, "at_least"), ("wounded", 140, None, "at_least")]),
    ("At least 31 people were killed and 140 villagers were injured.",
     [("killed", 31, None, "at_least"), ("wounded", 140, 140, "exact")]),
    # ... and over a bare second object of the same subject (CONVENTIONS; part G's "had killed at
    # least 3,961 people ... and wounded 16,520")
    ("The shelling killed at least 31 people and wounded 140.",
     [("killed", 31, None, "at_least"), ("wounded", 140, None, "at_least")]),
    ("Rebel fire had killed about 200 soldiers in the valley since June and wounded 650, the army said.",
     [("killed", 200, 200, "approx"), ("wounded", 650, 650, "approx")]),
    ("The raid killed at least 9 fighters and wounded 14 civilians.",
     [("killed", 9, None, "at_least"), ("wounded", 14, 14, "exact")]),
    ("Shelling killed at least 6 people; militias wounded 20.",
     [("killed", 6, None, "at_least"), ("wounded", 20, 20, "exact")]),
    # a count with a verb of its own is not coordinated with the claim before it
    ("Two miners died and 15 more were hospitalised.", [("killed", 2, 2, "exact"), ("wounded", 15, 15, "exact")]),
    ("The drone strike martyred 11 people.", [("killed", 11, 11, "exact")]),
    # estimates given as a span
    ("Estimates of the dead range from 2,000 to 3,500.", [("killed", 2000, 3500, "range")]),
    ("Estimates of civilian deaths vary between 150 and 400.", [("killed", 150, 400, "range")]),
    # a share of the victims named at the head of the sentence
    ("Of the 62 victims, 19 were children.", [("killed", 19, 19, "exact")]),
])
def test_coordination_spans_and_shares(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_spans_of_other_counts_are_not_claims(gaz):
    assert run(gaz, "Estimates of the number of displaced vary between 3,000 and 5,000.") == []


@pytest.mark.parametrize("body,expected", [
    ("Some 40-odd villagers were killed.", [("killed", 40, 40, "approx")]),
    ("Medics said casualties were in the low hundreds.", [("casualties", 200, None, "vague")]),
])
def test_loose_sizes(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a bare count with a place of its own shares the verb of the object before it
    ("The raids killed 14 in Homs and 6 in Hama.", [("killed", 14, 14, "exact"), ("killed", 6, 6, "exact")]),
    ("Rocket fire has killed dozens of people in the north, most of them soldiers, and scores in the south.",
     [("killed", 24, None, "vague"), ("killed", 40, None, "vague")]),
    # a comparison in another clause leaves the next clause alone
    ("Deaths were lower than in 2019, but monitors still recorded more than 2,000 civilian deaths.",
     [("killed", 2000, None, "more_than")]),
])
def test_ellipsis_and_clauses(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_bare_count_with_its_own_clause_is_not_an_object(gaz):
    body = "The shelling killed 7 people in Izium and 19 in hospital were treated for burns."
    assert brief(run(gaz, body))[:1] == [("killed", 7, 7, "exact")]
    assert ("killed", 19, 19, "exact") not in brief(run(gaz, body))


def test_comparison_in_the_same_clause_still_excludes(gaz):
    assert run(gaz, "The toll was higher than in the 2014 war, when 2,200 people were killed.") == []


@pytest.mark.parametrize("body,expected", [
    # person nouns of every kind: occupations, kinship, age groups
    ("The clinic said 4 caretakers and 2 pharmacists were killed.",
     [("killed", 4, 4, "exact"), ("killed", 2, 2, "exact")]),
    ("Three sisters and their grandparents died when the roof fell in.", [("killed", 3, 3, "exact")]),
    ("At least 11 pensioners were hurt in the blast.", [("wounded", 11, None, "at_least")]),
    ("Six drone operators were killed, the brigade said.", [("killed", 6, 6, "exact")]),
    # an acronym that looks like a verb is part of the people phrase
    ("Officials said about 30 IS fighters were killed in the raid.", [("killed", 30, 30, "approx")]),
    # more ways of saying killed, wounded, captured, missing
    ("Twelve of the prisoners were hanged in the yard.", [("killed", 12, 12, "exact")]),
    ("Nine of its fighters fell in battle near the bridge.", [("killed", 9, 9, "exact")]),
    ("The army said 15 soldiers were declared dead after the search.", [("killed", 15, 15, "exact")]),
    ("Eight people sustained serious injuries when the shell landed.", [("wounded", 8, 8, "exact")]),
    ("Two guards later succumbed to fatal injuries, and 5 others suffered shrapnel wounds.",
     [("killed", 2, 2, "exact"), ("wounded", 5, 5, "exact")]),
    ("Seven fishermen are still being sought by the coastguard.", [("missing", 7, 7, "exact")]),
    ("The rebels said 40 soldiers had been taken captive.", [("captured", 40, 40, "exact")]),
    ("The group announced the martyrdom of six of its members.", [("killed", 6, 6, "exact")]),
    # adverbs of manner between the people and their verb
    ("Witnesses said 23 villagers were brutally murdered.", [("killed", 23, 23, "exact")]),
    ("17 detainees had reportedly been summarily executed.", [("killed", 17, 17, "exact")]),
    # a breakdown with counts inside the insertion
    ("In all, 250 people, including 40 children and 31 women, were killed.",
     [("killed", 250, 250, "exact"), ("killed", 40, 40, "exact"), ("killed", 31, 31, "exact")]),
    # an age after the people is not the count
    ("About 90 children under 5 were injured.", [("wounded", 90, 90, "approx")]),
    # people named by their injury
    ("Doctors saw more than 150 injured people still waiting for surgery.", [("wounded", 150, None, "more_than")]),
    ("Rescuers pulled 14 dead miners from the shaft.", [("killed", 14, 14, "exact")]),
    # soldiers lost in one attack told in the same sentence were killed
    ("Gunmen stormed the camp before dawn, and we lost 9 of our men.", [("killed", 9, 9, "exact")]),
    # a yardstick from this war (no year) is a claim; the UN's count is not a comparison
    ("It was the deadliest strike since 9 May, when about 60 people were killed in the port.",
     [("killed", 60, 60, "approx")]),
    ("It was the worst year for civilians since records began: the mission documented 1,200 civilians killed.",
     [("killed", 1200, 1200, "exact")]),
    # organisation names and weapons with 'World'/'Soviet' are no comparison with another war
    ("The World Health Organization said 33 patients were killed.", [("killed", 33, 33, "exact")]),
    ("A Soviet-era rocket hit the market, killing 14 shoppers.", [("killed", 14, 14, "exact")]),
    ("Kyiv says 300 North Korean troops were killed in the region.", [("killed", 300, 300, "exact")]),
])
def test_vocabulary_and_structures(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_table_written_as_text(gaz):
    body = ("Casualties since the offensive began:\n\n| Group | Killed | Injured | Source |\n|---|---|---|---|\n"
            "| Soldiers | 212 | over 1,300 | Army |\n| Residents of the city | 35 | 90+ | Mayor |\n\n"
            "Village\tDead\tMissing\nAl-Qasr\t14\tabout 6")
    assert brief(run(gaz, body)) == [
        ("killed", 212, 212, "exact"), ("wounded", 1300, None, "more_than"), ("killed", 35, 35, "exact"),
        ("wounded", 90, None, "more_than"), ("killed", 14, 14, "exact"), ("missing", 6, 6, "approx")]


def test_table_without_casualty_header_gives_nothing(gaz):
    body = "| Unit | Tanks | Trucks |\n|---|---|---|\n| 3rd Brigade | 12 | 40 |"
    assert run(gaz, body) == []


def test_figure_after_a_claim_takes_its_type(gaz):
    body = "Officials said 800 fighters had surrendered. A police officer put the number at 950."
    assert brief(run(gaz, body)) == [("captured", 800, 800, "exact"), ("captured", 950, 950, "exact")]


def test_number_of_things_is_no_figure(gaz):
    body = "The strike killed 14 soldiers. Officials put the number of trucks at 30."
    assert brief(run(gaz, body)) == [("killed", 14, 14, "exact")]


def test_red_cross_is_not_a_crossing(gaz):
    body = "The Red Cross said the hospital received 48 wounded people, 30 of them children."
    assert brief(run(gaz, body)) == [("wounded", 48, 48, "exact"), ("wounded", 30, 30, "exact")]


@pytest.mark.parametrize("body,expected", [
    # a sentence that shares out the claim before it
    ("Shells hit the square and 31 people were killed. Among them were 7 children.",
     [("killed", 31, 31, "exact"), ("killed", 7, 7, "exact")]),
    ("The blast wounded 60 workers. They included 12 women and 3 teenagers.",
     [("wounded", 60, 60, "exact"), ("wounded", 12, 12, "exact"), ("wounded", 3, 3, "exact")]),
    # a fate that is unknown is a count of the missing
    ("The fate of 44 fishermen, among them 5 boys, is still unknown.",
     [("missing", 44, 44, "exact"), ("missing", 5, 5, "exact")]),
    # the dead counted by their bodies or coffins, whatever the verb
    ("Inspectors saw some 25 bodies bearing gunshot wounds.", [("killed", 25, 25, "approx")]),
    ("Nine coffins were carried to the cemetery.", [("killed", 9, 9, "exact")]),
    # "along with" joins more people to the verb before
    ("Police said 14 gunmen were killed at the depot, along with three guards who fought them.",
     [("killed", 14, 14, "exact"), ("killed", 3, 3, "exact")]),
])
def test_discourse_and_corpses(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_share_by_degree(gaz):
    body = "The blast injured more than 900 people, among them 70 critically."
    assert brief(run(gaz, body)) == [("wounded", 900, None, "more_than"), ("wounded", 70, 70, "exact")]


def test_members_of_one_family(gaz):
    assert brief(run(gaz, "Six members of one family were killed.")) == [("killed", 6, 6, "exact")]


@pytest.mark.parametrize("body,expected", [
    # abbreviated months do not end the clause between a toll and its figure, nor count
    ("Officials said the death toll in the province since Nov. 3 had reached 4,210.", [("killed", 4210, 4210, "exact")]),
    ("The navy has lost 2,300 sailors since Jan. 9, 2023, including 40 over the past week.",
     [("casualties", 2300, 2300, "exact"), ("casualties", 40, 40, "exact")]),
    # a coordinated people phrase, then an aside, then the verb
    ("Rebels said that some 900 police officers and allied gunmen, including foreign recruits, had been killed.",
     [("killed", 900, 900, "approx")]),
    # a count joined after an aside shares the verb: "N of his family, among them ..., and M aides"
    ("The cleric said 7 members of his clan, among them his brother, and three bodyguards had died in the raid.",
     [("killed", 7, 7, "exact"), ("killed", 3, 3, "exact")]),
    # a share of a group that carries its own count
    ("Nineteen of the 52 dead were teenagers, the hospital said.", [("killed", 19, 19, "exact"), ("killed", 52, 52, "exact")]),
    # "captured or missing" together: the fate is unknown
    ("The brigade said the number of marines captured or missing stood at 310.", [("missing", 310, 310, "exact")]),
    ("Officers said 45 sailors were captured or missing after the sinking.", [("missing", 45, 45, "exact")]),
    # "fallen" of people with a perfect auxiliary; "fell" not of an illness or a place
    ("Since the spring 312 guardsmen have fallen defending the city.", [("killed", 312, 312, "exact")]),
    # "irretrievable losses" are the dead; soldiers' slang "two-hundredths" too
    ("A commander wrote that the regiment's irretrievable losses reached 1,150 men.", [("killed", 1150, 1150, "exact")]),
    ("He wrote that their two-hundredths in the forest number about 70.", [("killed", 70, 70, "approx")]),
    # a toll noun right before "in the low hundreds"
    ("Doctors were speaking of a death toll in the low thousands.", [("killed", 2000, None, "vague")]),
    # a bare share after "among them": "among them five from the navy"
    ("The army said 14 soldiers had been killed, among them three from the special forces.",
     [("killed", 14, 14, "exact"), ("killed", 3, 3, "exact")]),
])
def test_detection_mechanisms_from_part_d(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body", [
    "About 30 students fell ill after the meal.",
    "Four climbers fell into a crevasse but were rescued.",
])
def test_falling_without_death_is_no_claim(gaz, body):
    assert run(gaz, body) == []


@pytest.mark.parametrize("body,expected", [
    # people hit by fire are casualties; people lost in a passive or a participle since ...
    ("A police spokesman said 14 protesters had been hit by sniper fire.", [("casualties", 14, 14, "exact")]),
    ("Bloggers wrote that some 600 paratroopers were lost in the river crossing.", [("casualties", 600, 600, "approx")]),
    ('The bulletin mentioned "as many as 310 marines" lost since the landing.', [("casualties", None, 310, "up_to")]),
    # people taken into enemy territory or from a place are captured (not "to hospital", "into custody")
    ("The militia says 75 villagers were taken across the border in the raid.", [("captured", 75, 75, "exact")]),
    ("Relatives put the number of students taken from the school at more than 270.", [("captured", 270, None, "more_than")]),
    # a speaker inside a relative clause after "of whom"
    ("Some 90 crew were aboard, at least 31 of whom the navy has declared dead.", [("killed", 31, None, "at_least")]),
    # ages in an aside between the people and the verb
    ("Nine of them, the youngest aged 7 and the oldest 15, were killed.", [("killed", 9, 9, "exact")]),
    # a bare count buried by its people
    ('"They buried eleven on Sunday," the priest said.', [("killed", 11, 11, "exact")]),
    # names on a list of the dead
    ("The hospital's list of the dead ran to 418 names.", [("killed", 418, 418, "exact")]),
    # a count in apposition to named victims of the verb
    ("The drone strike killed Omar Haddad and Sami Khalil, two local commanders of the group.",
     [("killed", 2, 2, "exact")]),
    # "bring the toll ... to N" over a long phrase with commas
    ("Tuesday's losses bring the toll among soldiers in the offensive in the north, and in raids along the coast "
     "since the start of the campaign in early spring, to 61.", [("killed", 61, 61, "exact")]),
    # a qualifier scopes over a second bare object
    ("Rockets hit the market, killing at least 21 people and wounding 80, officials said.",
     [("killed", 21, None, "at_least"), ("wounded", 80, None, "at_least")]),
])
def test_more_detection_mechanisms_from_part_d(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_a_vague_loss_repeating_a_killed_figure_is_the_dead(gaz):
    rows = run(gaz, "The army said it had neutralised 45 gunmen in the raid.", title="45 gunmen killed in raid, army says")
    assert brief(rows) == [("killed", 45, 45, "exact"), ("killed", 45, 45, "exact")]
    rows = run(gaz, "The army said it had neutralised 45 gunmen in the raid.")
    assert brief(rows) == [("casualties", 45, 45, "exact")]


def test_far_toll_noun_without_a_bring_verb_is_still_read_up_to_its_window(gaz):
    body = ("The number of people killed by the drone that hit flats in the town in the early hours "
            "of Monday, May 6, has risen to 31, among them four children.")
    assert brief(run(gaz, body)) == [("killed", 31, 31, "exact"), ("killed", 4, 4, "exact")]


def test_a_count_naming_the_figure_after_a_sentence_about_deaths(gaz):
    body = "Monitors said 900 soldiers had been killed.[3] Their count of 900 included at least 70 foreign fighters.[4]"
    assert brief(run(gaz, body)) == [("killed", 900, 900, "exact"), ("killed", 900, 900, "exact"),
                                     ("killed", 70, None, "at_least")]


@pytest.mark.parametrize("body,expected", [
    # a noun's "of" before a count is no partitive: the joined people share the verb
    ("Witnesses described groups of dozens of villagers and unarmed guards being summarily shot dead.",
     [("killed", 24, None, "vague")]),
    # "that" after a preposition is a demonstrative inside the relative clause
    ("At least 12 sailors who were aboard that ferry on the night of the storm are still listed as missing.",
     [("missing", 12, None, "at_least")]),
    # a capture followed in its clause by a release is still a capture; a clause after ";" is another
    ("Six fishermen were abducted by the militia and released a week later.", [("captured", 6, 6, "exact")]),
    ("About 300 villagers were killed and about 90 teenagers abducted; some 40 others remain unaccounted for.",
     [("killed", 300, 300, "approx"), ("captured", 90, 90, "approx"), ("missing", 40, 40, "approx")]),
    # people joined by a possessive: "patients and their companions"
    ("Doctors said more than 30 pilgrims and their escorts had been killed at the shrine.",
     [("killed", 30, None, "more_than")]),
    # "hurt" as a verb before its object; "shot dead" before its object
    ("The blast killed a porter and hurt five travellers, the railway said.", [("wounded", 5, 5, "exact")]),
    ("Guards at the checkpoint shot dead two drivers on Sunday.", [("killed", 2, 2, "exact")]),
    # an aside between a killing noun and its "of"
    ("Monitors documented the killing, including several public executions, of at least 41 villagers.",
     [("killed", 41, None, "at_least")]),
    # counts of killings are counts of the dead
    ("The commission recorded 27 summary executions of prisoners and some 60 other killings.",
     [("killed", 27, 27, "exact"), ("killed", 60, 60, "approx")]),
])
def test_detection_mechanisms_from_part_e(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # the clause fallback: a count of people whose passive or intransitive verb comes later in the clause
    ("Relatives said more than 15 fishermen taken away by the coastguard during the storm remained unaccounted for.",
     [("missing", 15, None, "more_than")]),
    ("The mayor lost touch with about 400 residents of the river villages, who were unaccounted for.",
     [("missing", 400, 400, "approx")]),
    ("Of the nearly 900 villagers the provincial governor says were killed, few have been named.",
     [("killed", 900, 900, "approx")]),
    ("The regiment's roll named 14 conscripts as missing.", [("missing", 14, 14, "exact")]),
    ("The priest said 95 villagers had been buried in makeshift graves behind the church.",
     [("killed", 95, 95, "exact")]),
    ("Forensic teams say 640 victims have now been formally identified.", [("killed", 640, 640, "exact")]),
    # bodies under the rubble are dead
    ("Rescuers believe dozens more bodies are still under the rubble.", [("killed", 24, None, "vague")]),
])
def test_clause_fallback_and_bodies(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a sequence of figures after a toll
    ("The governor first put the toll at 14, then 19, as rescuers reached the cellar.",
     [("killed", 14, 14, "exact"), ("killed", 19, 19, "exact")]),
    # a demonym between "the" and a toll noun
    ("Western officials put the Russian dead at 120.", [("killed", 120, 120, "exact")]),
    # a second object with its own people phrase and place, sharing the verb before
    ("Shelling killed four soldiers near the dam on Monday, and three more soldiers at the depot on Tuesday.",
     [("killed", 4, 4, "exact"), ("killed", 3, 3, "exact")]),
])
def test_sequences_tolls_and_elliptical_objects(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_a_joined_count_with_its_own_verb_keeps_it(gaz):
    body = "The raid killed 12 fighters in the town, and 40 civilians there fled."
    assert brief(run(gaz, body)) == [("killed", 12, 12, "exact")]


@pytest.mark.parametrize("body,expected", [
    # a count joined to a named victim shares the verb
    ("The navy said the blast had killed Captain Moreau and about 11 crewmen of the frigate.",
     [("killed", 11, 11, "approx")]),
    # "detained" / "apprehended" by a force at war is taking prisoner (CONVENTIONS, Types)
    ("The brigade said it had apprehended over 60 gunmen linked to the militia.", [("captured", 60, None, "more_than")]),
    ("About 130 suspects were detained during the sweep, the police said.", [("captured", 130, 130, "approx")]),
    ("Doctors said nine nurses were among those detained.", [("captured", 9, 9, "exact")]),
    ("Eight teachers are among the dead.", [("killed", 8, 8, "exact")]),
    # the main verb after a reduced relative clause
    ("Scores of farmers abducted by the militia during the raid remain unaccounted for.",
     [("missing", 40, None, "vague")]),
    ("The fate of more than 600 villagers detained by the rebels is still unknown.", [("missing", 600, None, "more_than")]),
    # a side's own men lost are its dead
    ("The militia said it lost 212 of its fighters in the siege of the port.", [("killed", 212, 212, "exact")]),
    # a sequence of figures joined by "and then"
    ("The toll was first given as 9, later raised to 13 and then 17.",
     [("killed", 9, 9, "exact"), ("killed", 13, 13, "exact"), ("killed", 17, 17, "exact")]),
    # "or so" and "upward of"
    ("The agency had verified a further 800 or so deaths.", [("killed", 800, 800, "approx")]),
    ("The ministry counted upward of 4,100 injured.", [("wounded", 4100, None, "more_than")]),
    # a toll "of" after a prepositional phrase
    ("It documented the deaths under torture of 3,210 prisoners.", [("killed", 3210, 3210, "exact")]),
])
def test_detection_mechanisms_from_part_f(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a joined count whose people run into "of" shares the verb after
    ("The inquiry found that 40 villagers and 12 members of the local militia were killed.",
     [("killed", 40, 40, "exact"), ("killed", 12, 12, "exact")]),
    ("Aid workers warned that the fate of hundreds of others remained unknown.", [("missing", 200, None, "vague")]),
    # people in care with their injuries
    ("The mayor added that 37 others were in hospital with wounds.", [("wounded", 37, 37, "exact")]),
    ("Medics said over 2,100 people had been referred to clinics with shrapnel injuries.",
     [("wounded", 2100, None, "more_than")]),
    # a modal before a verb of knowing hedges the report, not the deaths
    ("The monitor could confirm that at least 18 people had died.", [("killed", 18, None, "at_least")]),
    # victims identified or named; graves
    ("Researchers identified 212 victims by name, of whom 31 were children.",
     [("killed", 212, 212, "exact"), ("killed", 31, 31, "exact")]),
    ("The archive was able to name 77 of the victims.", [("killed", 77, 77, "exact")]),
    ("\"Our village is now a village of 43 graves.\"", [("killed", 43, 43, "exact")]),
    # a confidence interval in brackets is the claimant's range for the same toll
    ("We estimate that 730 civilians (95% CI 610-880) were killed.",
     [("killed", 730, 730, "exact"), ("killed", 610, 880, "range")]),
    # a figure counting the dead and the wounded together
    ("The army keeps a daily tally of enemy personnel losses. On Monday that tally stood at 51,200, counting the "
     "dead and the wounded together.", [("casualties", 51200, 51200, "exact")]),
])
def test_detection_mechanisms_from_part_f_2(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


def test_a_bare_count_after_an_admitting_verb_takes_the_toll_before(gaz):
    rows = run(gaz, "Twelve sailors died when the patrol boat sank.", title="Strait clash: 12 sailors killed, Navy admits five")
    assert ("killed", 5, 5, "exact") in brief(rows)


def test_among_the_figure_repeats_the_claim(gaz):
    body = "The regiment published the names of 37 soldiers killed. Her brother was among the 37."
    assert brief(run(gaz, body)) == [("killed", 37, 37, "exact"), ("killed", 37, 37, "exact")]


def test_a_list_item_labelled_with_people_under_a_losses_header(gaz):
    body = ("The enemy's total losses, as reported by the General Staff:\n"
            "- personnel: 81,400 (+630)\n- tanks: 1,200 (+4)")
    assert brief(run(gaz, body)) == [("casualties", 81400, 81400, "exact"), ("casualties", 630, 630, "exact")]


@pytest.mark.parametrize("body,expected", [
    # a side admitting its own men lost counts its dead ...
    ("The rebels said they had lost 40 fighters since January.", [("killed", 40, 40, "exact")]),
    ("\"We have lost 12 soldiers this week,\" the commander said.", [("killed", 12, 12, "exact")]),
    ("Baku said that it lost 31 troops in two days of fighting.", [("killed", 31, 31, "exact")]),
    ("Kyiv said its forces had lost 60 soldiers near the bridge.", [("killed", 60, 60, "exact")]),
    ("The captain said his own company had lost nine men over the winter.", [("killed", 9, 9, "exact")]),
    # ... a tally of the enemy's losses counts the killed and the wounded together
    ("The General Staff said Russia had lost 1,230 personnel over the day.", [("casualties", 1230, 1230, "exact")]),
    ("Over the past week the enemy has lost more than 2,100 servicemen.", [("casualties", 2100, None, "more_than")]),
    ("Moscow claimed that Ukraine had lost 300 troops near Kupiansk.", [("casualties", 300, 300, "exact")]),
])
def test_own_losses_are_the_dead_enemy_losses_are_casualties(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # an old year that bounds a running toll of this war is no comparison with another war
    ("Monitors estimated that by the end of 2019 the war in Syria had killed 380,000 people.",
     [("killed", 380000, 380000, "exact")]),
    ("Since 2015 the conflict has killed more than 4,000 children.", [("killed", 4000, None, "more_than")]),
    ("As of March 2020, the fighting had left about 9,000 civilians dead.", [("killed", 9000, 9000, "approx")]),
    # "half a million" is half of a million
    ("An estimated half a million people have died in the war.", [("killed", 500000, 500000, "approx")]),
])
def test_running_tolls_bounded_by_an_old_year(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # ages and relative clauses between the people and their verb hold numbers that are no list
    ("Seven students, aged 14 to 17, were wounded.", [("wounded", 7, 7, "exact")]),
    ("Three brothers, ages 8, 10 and 12, died in the fire.", [("killed", 3, 3, "exact")]),
    ("Four employees of the bank, which had kept two branches open through the shelling, were among the dead.",
     [("killed", 4, 4, "exact")]),
    ("Six volunteers, who had driven two ambulances into the town, were killed.", [("killed", 6, 6, "exact")]),
])
def test_ages_and_relative_clauses_between_people_and_verb(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a list bullet before a sentence that shares out a group
    ("- Of the soldiers killed, four were officers, the army said.", [("killed", 4, 4, "exact")]),
    ("• Among the wounded, 11 are in a critical condition.", [("wounded", 11, 11, "exact")]),
    ("At least 30 people died in the blast.\n- Among them were nine children.",
     [("killed", 30, None, "at_least"), ("killed", 9, 9, "exact")]),
])
def test_shares_after_a_list_bullet(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # an estimate puts a casualty group "at" a figure
    ("Kyiv put Russian dead at 1,500 after the assault.", [("killed", 1500, 1500, "exact")]),
    ("The army estimated enemy dead at about 400.", [("killed", 400, 400, "approx")]),
    ("The rebels put their own wounded at 230.", [("wounded", 230, 230, "exact")]),
    # a dated war before a semicolon does not reach the clause after it
    ("About 300 soldiers died in the war of 2008; the other side put its own dead at 170.",
     [("killed", 300, 300, "approx"), ("killed", 170, 170, "exact")]),
])
def test_estimates_put_at_a_figure(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # people named by their injuries
    ("Doctors said 45 children with shrapnel wounds had been admitted.", [("wounded", 45, 45, "exact")]),
    ("More than 120 people with burns were taken to the regional hospital.", [("wounded", 120, None, "more_than")]),
    ("About 60 soldiers with serious injuries remain in the field hospital.", [("wounded", 60, 60, "approx")]),
    # captives named by an adjective
    ("State TV showed footage of 15 captured pilots.", [("captured", 15, 15, "exact")]),
    ("The militia paraded 40 captured conscripts before cameras.", [("captured", 40, 40, "exact")]),
])
def test_people_named_by_injuries_and_captivity(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a count joined to a named object of a casualty verb by "along with"
    ("The drone strike killed the commander Ali Rahimi along with four of his bodyguards.", [("killed", 4, 4, "exact")]),
    ("Troops captured the rebel leader, a former colonel, together with 12 of his fighters.",
     [("captured", 12, 12, "exact")]),
    ("An airstrike killed Omar Haddad, the group's spokesman, along with six civilians, two of them children.",
     [("killed", 6, 6, "exact"), ("killed", 2, 2, "exact")]),
    # funerals and burials are for the dead
    ("Funerals for 14 of the soldiers took place on Friday.", [("killed", 14, 14, "exact")]),
    ("Burials for 31 victims began at dawn.", [("killed", 31, 31, "exact")]),
])
def test_companions_of_named_victims_and_funerals(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # people rescuers are still searching for are missing
    ("Divers were searching for 14 fishermen after the boat sank.", [("missing", 14, 14, "exact")]),
    ("Emergency crews are digging for at least 20 people under the rubble.", [("missing", 20, None, "at_least")]),
    ("Rescuers are still looking for three residents of the block.", [("missing", 3, 3, "exact")]),
])
def test_people_rescuers_search_for(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # an adverb of place or time after the people ends their phrase: the head is still "men"
    ("Kabul says the Taliban have lost more than 900 men there since the spring.", [("casualties", 900, None, "more_than")]),
    ("The navy said it lost 40 sailors overall in the campaign.", [("killed", 40, 40, "exact")]),
    ("Shelling killed 12 people yesterday in the market, medics said.", [("killed", 12, 12, "exact")]),
    # not a count of things because an adverb follows it
    ("The army lost 30 tanks there in a week.", []),
])
def test_adverbs_after_the_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "one of ..." who suffered: a passive or an intransitive death verb after the group
    ("The border guard said one of its officers was shot dead at the crossing.", [("killed", 1, 1, "exact")]),
    ("Medics said one of the miners had succumbed overnight.", [("killed", 1, 1, "exact")]),
    ("Four fishermen were seized in 2019, one of whom is dead.", [("captured", 4, 4, "exact"), ("killed", 1, 1, "exact")]),
    # not the attacker: "one of its fighters had killed ..."
    ("The group said one of its gunmen had killed the district governor.", []),
    # South Asian army English; "lost lives" without a possessive
    ("Two jawans were injured in the firing, the army said.", [("wounded", 2, 2, "exact")]),
    ("Officials said 17 villagers lost lives in the landslide triggered by shelling.", [("killed", 17, 17, "exact")]),
    # captives killed or wounded by a verb before them are dead or hurt, not captured
    ("Militants executed nine prisoners of war, the ministry said.", [("killed", 9, 9, "exact")]),
    ("The blast wounded 14 hostages held in the compound.", [("wounded", 14, 14, "exact")]),
    ("The rebels captured 60 prisoners of war near the dam.", [("captured", 60, 60, "exact")]),
])
def test_one_of_a_group_lost_lives_and_captives_harmed(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a share of the claim just before, without a verb or with a copula only
    ("The toll from the ferry fire rose to 31. Eleven of them children.",
     [("killed", 31, 31, "exact"), ("killed", 11, 11, "exact")]),
    ("Shelling wounded 18 people in the market. Seven of them are women, the mayor said.",
     [("wounded", 18, 18, "exact"), ("wounded", 7, 7, "exact")]),
    # the answer to a question about the dead
    ("Q: How many soldiers has your group confirmed killed so far?\n\nA: As of Monday, 4,312.",
     [("killed", 4312, 4312, "exact")]),
    # a line under a heading that names the type, with its breakdown
    ("Civilian deaths\n\n212 civilians, including 40 children and 31 women.\n\nOther details follow below.",
     [("killed", 212, 212, "exact"), ("killed", 40, 40, "exact"), ("killed", 31, 31, "exact")]),
])
def test_verbless_fragments_typed_by_the_sentence_before(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # after prose that is neither a claim, a question nor a heading, a bare figure means nothing
    ("The convoy reached the town at noon. Forty of them soldiers.", []),
    # the question is about things; a numbered section heading is no count
    ("Q: How many tanks did the brigade lose in the battle?\n\nA: As of Monday, 40.", []),
    ("Shelling killed 3 people.\n\n2. The governor's statement (Telegram, 12 May)", [("killed", 3, 3, "exact")]),
    # a share larger than the count before it is no share
    ("Two soldiers were killed. Forty of them were reservists.", [("killed", 2, 2, "exact")]),
])
def test_fragments_without_a_casualty_context(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a running total the sentence's own claim brings up takes that claim's type
    ("Kyiv said the rebels lost 340 fighters on Tuesday, bringing their total since the spring to about 21,500.",
     [("casualties", 340, 340, "exact"), ("casualties", 21500, 21500, "approx")]),
    ("Two more soldiers died of their wounds, raising the overall tally for the week to 17.",
     [("killed", 2, 2, "exact"), ("killed", 17, 17, "exact")]),
    # a total of things is no toll, whether a claim stands before it or not
    ("Eight people were killed in the blast, bringing the number of attacks this month to 30.",
     [("killed", 8, 8, "exact")]),
    ("The army destroyed 12 tanks, bringing its total to 204.", []),
])
def test_totals_brought_up_by_a_claim(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a breakdown opened by its own count, between commas, before the verb
    ("Officials said 63 villagers, 20 of them children, were killed in the raid.",
     [("killed", 63, 63, "exact"), ("killed", 20, 20, "exact")]),
    ("The governor said 19 people, 4 of whom were rescuers, had died.",
     [("killed", 19, 19, "exact"), ("killed", 4, 4, "exact")]),
    ("At least 31 passengers, nine of them women, were injured when the bus was shelled.",
     [("wounded", 31, None, "at_least"), ("wounded", 9, 9, "exact")]),
    # no casualty verb: nothing, with or without the breakdown
    ("Some 300 refugees, 120 of them children, crossed the border on Monday.", []),
])
def test_a_counted_breakdown_between_commas_keeps_the_verb(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a singular "a/an" person joined to a count is no count of its own, but it must not cut the
    # count off from the verb they share
    ("Two soldiers and a civilian were killed near the bridge.", [("killed", 2, 2, "exact")]),
    ("Four civilians and a policeman were wounded, the governor said.", [("wounded", 4, 4, "exact")]),
    ("Three sailors and an officer died when the ship was hit.", [("killed", 3, 3, "exact")]),
    ("One militant and a soldier were killed in the exchange of fire.", [("killed", 1, 1, "exact")]),
    ("A medic and three civilians were hurt in the shelling.", [("wounded", 3, 3, "exact")]),
])
def test_a_count_joined_to_a_singular_person(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "nationals" are people whatever the verb ("evacuated 200 nationals" stays no claim by its verb)
    ("Two Dutch nationals were among the dead, the ministry said.", [("killed", 2, 2, "exact")]),
    ("Five foreign nationals were wounded in the blast.", [("wounded", 5, 5, "exact")]),
    # a share "among" a counted whole takes the whole's type; both are claims
    ("Six nurses were among the 25 people killed in the hospital strike.",
     [("killed", 6, 6, "exact"), ("killed", 25, 25, "exact")]),
    ("Two journalists were among at least 14 people injured.",
     [("wounded", 2, 2, "exact"), ("wounded", 14, None, "at_least")]),
    # "those killed", "the people wounded" name the victims like "the dead"
    ("Among those killed were three paramedics.", [("killed", 3, 3, "exact")]),
    ("Among those wounded were 11 children, hospital staff said.", [("wounded", 11, 11, "exact")]),
    ("Those killed included 4 policemen.", [("killed", 4, 4, "exact")]),
    ("Among the people injured were two firefighters.", [("wounded", 2, 2, "exact")]),
])
def test_people_among_the_dead(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # the qualifier governs a bare figure of the next clause, with or without its own auxiliary
    ("At least 40 people were killed and 112 were injured, the governor said.",
     [("killed", 40, None, "at_least"), ("wounded", 112, None, "at_least")]),
    ("More than 30 soldiers died and another 50 were wounded.",
     [("killed", 30, None, "more_than"), ("wounded", 50, None, "more_than")]),
    ("At least 9 people were killed and 27 others hurt.",
     [("killed", 9, None, "at_least"), ("wounded", 27, None, "at_least")]),
    # and the next count of the same noun phrase
    ("Officials confirmed the deaths of at least 18 soldiers and 7 civilians.",
     [("killed", 18, None, "at_least"), ("killed", 7, None, "at_least")]),
    # not a figure that names people of its own after a place, nor another kind of harm
    ("At least 500 people were killed in the city and 900 residents were injured.",
     [("killed", 500, None, "at_least"), ("wounded", 900, 900, "exact")]),
    ("About 300 people were killed and 90 taken hostage.",
     [("killed", 300, 300, "approx"), ("captured", 90, 90, "exact")]),
])
def test_a_qualifier_governs_coordinated_figures(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # the first figure of a range borrows the scale of the second
    ("Historians put the toll at 150-180,000 dead.", [("killed", 150000, 180000, "range")]),
    ("Between 1.5 and 2 million people died in the famine and fighting.", [("killed", 1500000, 2000000, "range")]),
    ("Some 20-30,000 soldiers were wounded.", [("wounded", 20000, 30000, "range")]),
    ("Russia lost 300-400k men, the analysts said.", [("casualties", 300000, 400000, "range")]),
    # ... only when the scaled figure is below the second and within a tenth of it
    ("Between 800 and 1,000 people were killed.", [("killed", 800, 1000, "range")]),
    ("Between 5 and 10 people died.", [("killed", 5, 10, "range")]),
    # "rose by N to M" is the rise and then the figure, not a range
    ("The death toll rose by 12 to 45 on Monday.", [("killed", 45, 45, "exact")]),
])
def test_ranges_sharing_a_scale_and_rises(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # toll verbs that put the figure just ahead are approx; "higher than" is more than
    ("Gaza's death toll neared 30,000 on Thursday.", [("killed", 30000, 30000, "approx")]),
    ("The death toll is approaching 2,000, medics said.", [("killed", 2000, 2000, "approx")]),
    ("The toll is believed to be higher than 100.", [("killed", 100, None, "more_than")]),
    ("The number of dead is thought to be 70.", [("killed", 70, 70, "exact")]),
    # an old figure dated by an adverb or an adjective
    ("The ministry said 12 had been killed, up from 9 earlier.", [("killed", 12, 12, "exact"), ("killed", 9, 9, "exact")]),
    ("Officials raised the toll to 45 from an earlier 32.", [("killed", 45, 45, "exact"), ("killed", 32, 32, "exact")]),
    # a share of the wounded by degree after a comma
    ("Twenty were wounded, two critically.", [("wounded", 20, 20, "exact"), ("wounded", 2, 2, "exact")]),
    ("At least 30 people were injured, six seriously, in the blast.",
     [("wounded", 30, None, "at_least"), ("wounded", 6, 6, "exact")]),
])
def test_toll_verbs_old_figures_and_degrees(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # items of a list by place share the verb or toll of the first item
    ("Shelling killed 45 people, including 30 in Kharkiv and 15 in Sumy.",
     [("killed", 45, 45, "exact"), ("killed", 30, 30, "exact"), ("killed", 15, 15, "exact")]),
    ("The monitor said the toll by region includes 410 in Darfur, 95 in Kordofan and 7 in Gezira.",
     [("killed", 410, 410, "exact"), ("killed", 95, 95, "exact"), ("killed", 7, 7, "exact")]),
    ("Airstrikes killed 20 people in Idlib, 14 in Aleppo and nine in Hama.",
     [("killed", 20, 20, "exact"), ("killed", 14, 14, "exact"), ("killed", 9, 9, "exact")]),
    ("The attacks wounded 80 people: 50 in Odesa and 30 in Mykolaiv.",
     [("wounded", 80, 80, "exact"), ("wounded", 50, 50, "exact"), ("wounded", 30, 30, "exact")]),
    # not a list: the next figure has a verb of its own, or counts things
    ("Shelling killed 12 people in Kherson, and 300 in the city have lost power.", [("killed", 12, 12, "exact")]),
    ("Shelling killed 12 people in Kherson, 40 km from the front.", [("killed", 12, 12, "exact")]),
])
def test_lists_of_figures_by_place(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a verb left out after "as": the figure shares the claim before it
    ("About 2,000 civilians have been killed, as have 6,000 soldiers.",
     [("killed", 2000, 2000, "approx"), ("killed", 6000, 6000, "exact")]),
    ("Some 30 soldiers were wounded, as were 12 civilians.", [("wounded", 30, 30, "approx"), ("wounded", 12, 12, "exact")]),
    # "plus" between two figures adds them; "100 plus" alone is more than 100
    ("The army says its dead number 120, plus 400 wounded.", [("killed", 120, 120, "exact"), ("wounded", 400, 400, "exact")]),
    ("Its count of dead is only 210 plus 900 injured.", [("killed", 210, 210, "exact"), ("wounded", 900, 900, "exact")]),
    ("The attack killed 100 plus soldiers.", [("killed", 100, None, "more_than")]),
    # a share in a clause of its own naming who they were (a status is no share)
    ("More than 9,000 people have been killed, and over 3,000 of them were children.",
     [("killed", 9000, None, "more_than"), ("killed", 3000, None, "more_than")]),
    ("Some 72 people were wounded and 35 of them remain in hospital.", [("wounded", 72, 72, "approx")]),
])
def test_ellipsis_sums_and_shares_in_a_clause(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    ("The army announced the death of two soldiers and the injury of five others.",
     [("killed", 2, 2, "exact"), ("wounded", 5, 5, "exact")]),
    # an ordinal names the unit, not a count
    ("Four soldiers of the 93rd Brigade have surrendered.", [("captured", 4, 4, "exact")]),
    ("Some 900 sailors were considered missing.", [("missing", 900, 900, "approx")]),
    ("Doctors said at least 8 of them arrived dead.", [("killed", 8, None, "at_least")]),
    ("At least one member of the crew was killed, and 6 were wounded.",
     [("killed", 1, None, "at_least"), ("wounded", 6, None, "at_least")]),
    ("The raid killed at least three people in Marib and wounded 11 others.",
     [("killed", 3, None, "at_least"), ("wounded", 11, None, "at_least")]),
])
def test_nominal_types_units_and_predicates(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a verbless list breaking the claim before down by time, place or cause
    ("Eight soldiers have been killed this month. One on 3 May in a drone strike, two in a raid on Kupiansk "
     "and five overnight.",
     [("killed", 8, 8, "exact"), ("killed", 1, 1, "exact"), ("killed", 2, 2, "exact"), ("killed", 5, 5, "exact")]),
    ("Twelve civilians have died since Friday. Five in Kharkiv, four in Sumy and three in Odesa.",
     [("killed", 12, 12, "exact"), ("killed", 5, 5, "exact"), ("killed", 4, 4, "exact"), ("killed", 3, 3, "exact")]),
    # items adding up to more than the claim, or naming things, or with a verb, are no breakdown
    ("The ministry said 40 people were killed. Two on Sunday and 90 on Monday.", [("killed", 40, 40, "exact")]),
    ("The ministry said 40 people were killed. Three in Kharkiv, two tanks in Sumy.", [("killed", 40, 40, "exact")]),
])
def test_verbless_list_after_a_total(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "and a further / another N" adds to the claim before it
    ("Officials named 12 police officers killed in the ambush, and a further three civilians.",
     [("killed", 12, 12, "exact"), ("killed", 3, 3, "exact")]),
    ("Some 20 people died in the fire and another 12 in the flood.", [("killed", 20, 20, "approx"), ("killed", 12, 12, "exact")]),
    ("The army deployed 300 troops, and a further 200 soldiers were killed later.", [("killed", 200, 200, "exact")]),
    ("The strike killed 7 people and another 3 were rescued.", [("killed", 7, 7, "exact")]),
    # a subject's verb left out after "and": "N on Monday and M on Tuesday"
    ("Twelve people were killed on Monday and 3 on Tuesday, officials said.",
     [("killed", 12, 12, "exact"), ("killed", 3, 3, "exact")]),
    ("Three civilians died in Kherson and two in Zaporizhzhia.", [("killed", 3, 3, "exact"), ("killed", 2, 2, "exact")]),
    ("Five civilians died in Kherson and 40 in the city lost power.", [("killed", 5, 5, "exact")]),
    ("Three soldiers were killed in Bakhmut and 200 in the town were evacuated.", [("killed", 3, 3, "exact")]),
    # rubble without its article, and a toll named by its casualty word
    ("09:40 GMT - Kyiv: five people still under rubble", [("missing", 5, 5, "exact")]),
    ("The wounded toll stands at 1,200.", [("wounded", 1200, 1200, "exact")]),
])
def test_further_counts_and_left_out_verbs(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # tally lines: a casualty label before a bare figure
    ("Dead 45, injured 130, missing 12.",
     [("killed", 45, 45, "exact"), ("wounded", 130, 130, "exact"), ("missing", 12, 12, "exact")]),
    ("Killed — 12; wounded — 40.", [("killed", 12, 12, "exact"), ("wounded", 40, 40, "exact")]),
    # "... and one was wounded" counts one person; "treated N people for injuries" counts the wounded
    ("Two soldiers were killed and one was wounded.", [("killed", 2, 2, "exact"), ("wounded", 1, 1, "exact")]),
    ("Doctors treated 250 people for injuries.", [("wounded", 250, 250, "exact")]),
])
def test_tally_labels_and_treated_wounded(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a bulletin's losses in plural battles are casualties; one clash kills
    ("Kyiv loses up to 620 soldiers in clashes with Russian forces", [("casualties", None, 620, "up_to")]),
    ("India lost 20 soldiers in the clash with Chinese troops.", [("killed", 20, 20, "exact")]),
    # taking hostages: the people phrase ends at "back"; "as hostages" closes the clause
    ("The attackers took 253 hostages back to Gaza.", [("captured", 253, 253, "exact")]),
    ("They took 252 others back to Gaza as hostages.", [("captured", 252, 252, "exact")]),
    # a second verb's bare count takes the people of the first; arrests are captures
    ("The army said it had killed 5,600 rebel fighters and captured 2,300 in a week.",
     [("killed", 5600, 5600, "exact"), ("captured", 2300, 2300, "exact")]),
    ("Troops killed 40 militants and arrested 15 in the operation.",
     [("killed", 40, 40, "exact"), ("captured", 15, 15, "exact")]),
    # "another" between the verb and the count; injury caused to people
    ("A missile hit a street, injuring another 25 people.", [("wounded", 25, 25, "exact")]),
    ("The strike killed three civilians and wounded another eight.",
     [("killed", 3, 3, "exact"), ("wounded", 8, 8, "exact")]),
    ("The army killed at least three troops and caused injury to five others.",
     [("killed", 3, None, "at_least"), ("wounded", 5, None, "at_least")]),
    # people in hospital or under treatment are the wounded
    ("The governor said 110 people are in hospital.", [("wounded", 110, 110, "exact")]),
    ("Three civilians were being treated in a hospital.", [("wounded", 3, 3, "exact")]),
    # a verb of passing before a figure with its own cue; "70 or 80,000" shares the scale
    ("Ukrainian losses since October exceeded 16,000 killed and wounded.", [("casualties", 16000, None, "more_than")]),
    ("Officials said 70 or 80,000 Russians had been killed or wounded.", [("casualties", 70000, 80000, "range")]),
    # captives executed are dead
    ("The mission documented the executions of at least 79 prisoners of war.", [("killed", 79, None, "at_least")]),
])
def test_bulletins_hostages_second_verbs_and_hospital(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "one of" a casualty group, told by a copula: a share
    ("One of those killed was a minor.", [("killed", 1, 1, "exact")]),
    ("One of the dead was a doctor.", [("killed", 1, 1, "exact")]),
    ("One of the soldiers killed was an officer.", [("killed", 1, 1, "exact")]),
    # a deadly event "claimed" people
    ("The bombing has claimed more than 73 people, including 40 pilgrims.",
     [("killed", 73, None, "more_than"), ("killed", 40, 40, "exact")]),
    ("The war has so far claimed 200 civilians.", [("killed", 200, 200, "exact")]),
])
def test_shares_of_one_and_events_claiming_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a toll rising "past"/"beyond" a figure: more than it
    ("The toll from the quake has climbed past 4,000, rescuers said.", [("killed", 4000, None, "more_than")]),
    ("The number of dead has now gone beyond 250.", [("killed", 250, None, "more_than")]),
    # the figure before the toll it completes: "bringing to N the number of ..."
    ("A sniper shot a guard, bringing to 17 the number of guards killed this year.", [("killed", 17, 17, "exact")]),
    ("The flood waters rose again, raising to 85 the death toll in the valley.", [("killed", 85, 85, "exact")]),
    ("The blast hurt six workers, bringing to 31 the number of people injured at the plant.",
     [("wounded", 6, 6, "exact"), ("wounded", 31, 31, "exact")]),
])
def test_tolls_rising_past_and_figures_before_the_toll(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a focus adverb after the people narrows the place or time; it is not their head noun
    ("The Russians have lost about 13,000 military personnel just near Avdiivka.",
     [("casualties", 13000, 13000, "approx")]),
    ("Russia lost 500 troops mainly around Bakhmut, the ministry said.", [("casualties", 500, 500, "exact")]),
    ("The enemy lost 1,200 servicemen mostly in the Kupiansk direction.", [("casualties", 1200, 1200, "exact")]),
    ("The brigade lost 40 fighters even before the assault began.", [("casualties", 40, 40, "exact")]),
    ("The army has lost 90 soldiers largely to drone strikes.", [("casualties", 90, 90, "exact")]),
])
def test_focus_adverbs_end_the_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # the dots of "U.S.", "U.N.", "U.K." do not end the people phrase
    ("Officials said 12 U.S. service members were killed, including 11 Marines and a Navy medic.",
     [("killed", 12, 12, "exact"), ("killed", 11, 11, "exact")]),
    ("At least 4 U.N. staff were killed in the strike.", [("killed", 4, None, "at_least")]),
    ("Two U.K. nationals were among the dead.", [("killed", 2, 2, "exact")]),
    ("The attack killed 3 U.S. soldiers and wounded 30 others.", [("killed", 3, 3, "exact"), ("wounded", 30, 30, "exact")]),
    ("Some 25 U.S. troops were injured at the base.", [("wounded", 25, 25, "approx")]),
])
def test_dotted_abbreviations_inside_the_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a bare count joined to the next count shares its people ("two figures for two sectors")
    ("Kiev lost up to 215 and over 230 soldiers over the past 24 hours.",
     [("casualties", None, 215, "up_to"), ("casualties", 230, None, "more_than")]),
    ("The army lost 40 and 50 soldiers respectively in the two battles.",
     [("casualties", 40, 40, "exact"), ("casualties", 50, 50, "exact")]),
    ("Ukraine lost about 300 and 250 servicemen in the two directions.",
     [("casualties", 300, 300, "approx"), ("casualties", 250, 250, "approx")]),
    ("The rebels captured 15 and 20 soldiers in two raids.", [("captured", 15, 15, "exact"), ("captured", 20, 20, "exact")]),
    ("The enemy lost 120 or 130 fighters near the town.", [("casualties", 120, 130, "range")]),
])
def test_bare_count_shares_the_people_of_the_next(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "at least" after the figure
    ("Sources put the number of those killed in the attack at 26 at least amid fears the toll would rise.",
     [("killed", 26, None, "at_least")]),
    ("The death toll stood at 40 at least, officials said.", [("killed", 40, None, "at_least")]),
    ("Medics said 300 at least were wounded.", [("wounded", 300, None, "at_least")]),
    ("The attack killed 14 at least, the army said.", [("killed", 14, None, "at_least")]),
    ("Rescuers said 9 at least were missing.", [("missing", 9, None, "at_least")]),
])
def test_at_least_after_the_figure(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # the dead announced or found lying; captives whose fate is unknown are missing
    ("At least eight Amal fighters have been announced dead since October.", [("killed", 8, None, "at_least")]),
    ("Dozens of men were lying dead in the street.", [("killed", 24, None, "vague")]),
    ("Three officers were officially announced dead on Friday.", [("killed", 3, 3, "exact")]),
    ("Between 850 and 1,000 Ukrainian soldiers may have been captured or went missing.",
     [("missing", 850, 1000, "range")]),
    ("Some 40 soldiers were captured or remain missing.", [("missing", 40, 40, "approx")]),
])
def test_announced_dead_and_captured_or_gone_missing(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "in addition to" joins another group: its cue is its own, a verb after both is shared
    ("Officials estimated the number of deaths at 62 people, including 15 children, in addition to dozens of injuries.",
     [("killed", 62, 62, "exact"), ("killed", 15, 15, "exact"), ("wounded", 24, None, "vague")]),
    ("The ministry put the number of dead at 30 soldiers, in addition to 12 missing.",
     [("killed", 30, 30, "exact"), ("missing", 12, 12, "exact")]),
    ("The toll stands at 40 people in addition to 90 wounded.", [("killed", 40, 40, "exact"), ("wounded", 90, 90, "exact")]),
    ("About 50 soldiers in addition to 20 civilians died in the siege.",
     [("killed", 50, 50, "approx"), ("killed", 20, 20, "exact")]),
    ("Some 200 civilians in addition to dozens of fighters were killed.",
     [("killed", 200, 200, "approx"), ("killed", 24, None, "vague")]),
])
def test_in_addition_to_joins_another_group(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "up/down from N" revises the figure before it, even when another cue is nearer after it
    ("The ministry said 500 people had been killed, up from 480 a day earlier, and 1,200 wounded.",
     [("killed", 500, 500, "exact"), ("killed", 480, 480, "exact"), ("wounded", 1200, 1200, "exact")]),
    ("At least 40 people were wounded, up from 32, and 12 were killed.",
     [("wounded", 40, None, "at_least"), ("wounded", 32, 32, "exact"), ("killed", 12, 12, "exact")]),
    ("Officials raised the number of injured to 210, down from an earlier 230, and the dead to 45.",
     [("wounded", 210, 210, "exact"), ("wounded", 230, 230, "exact"), ("killed", 45, 45, "exact")]),
    ("The toll rose to 89, up from 63.", [("killed", 89, 89, "exact"), ("killed", 63, 63, "exact")]),
    ("The army said it had killed 20 fighters, up from the 15 it reported on Monday.",
     [("killed", 20, 20, "exact"), ("killed", 15, 15, "exact")]),
])
def test_up_from_revises_the_figure_before(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a hyphenated word in the "of" phrase between the people and the verb ("of a pro-Iran faction")
    ("Sources said that at least one member of a pro-Iran faction was killed, and 24 were wounded in the strikes.",
     [("killed", 1, None, "at_least"), ("wounded", 24, None, "at_least")]),
    ("At least 12 members of a Tehran-backed militia were killed in the strike.", [("killed", 12, None, "at_least")]),
    ("Five members of the Iran-backed group were wounded.", [("wounded", 5, 5, "exact")]),
    ("Three fighters of a Turkish-backed faction died in the clashes.", [("killed", 3, 3, "exact")]),
    ("About 30 members of a pro-government militia were captured.", [("captured", 30, 30, "approx")]),
])
def test_hyphenated_words_in_the_of_phrase(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # peoples and communities without a side in the gazetteer are people too
    ("The minister said that 80 people were killed, including 40 Iranians.",
     [("killed", 80, 80, "exact"), ("killed", 40, 40, "exact")]),
    ("Three Americans were among the dead.", [("killed", 3, 3, "exact")]),
    ("The blast killed 12 people, including 5 Egyptians and 2 Jordanians.",
     [("killed", 12, 12, "exact"), ("killed", 5, 5, "exact"), ("killed", 2, 2, "exact")]),
    ("At least 30 Druze were killed in the clashes.", [("killed", 30, None, "at_least")]),
    ("Some 200 Alawites were killed in the coastal region, the monitor said.", [("killed", 200, 200, "approx")]),
])
def test_peoples_without_a_side(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a deadly event that "has claimed" people, read through asides back to the subject
    ("A suicide bombing near a hospital in Shomali, around 120 km southeast of Baghdad, has claimed more than 73 people, "
     "including 40 Iranian pilgrims.", [("killed", 73, None, "more_than"), ("killed", 40, 40, "exact")]),
    ("The war, now in its third year, has claimed 200,000 lives.", [("killed", 200000, 200000, "exact")]),
    ("The blast at the market, the worst in a decade, has claimed 35 civilians.", [("killed", 35, 35, "exact")]),
    ("The bombing by the Islamic State has claimed 60 people.", [("killed", 60, 60, "exact")]),
    ("The airstrike on the camp, the deadliest this year, has claimed 14 children.", [("killed", 14, 14, "exact")]),
])
def test_events_that_have_claimed_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a counted whole at the head of the sentence, shared out after the comma
    ("Of 558 people who have died from the strikes, 50 are children, the health ministry said.",
     [("killed", 558, 558, "exact"), ("killed", 50, 50, "exact")]),
    ("Of the 45 people killed, 12 were women.", [("killed", 45, 45, "exact"), ("killed", 12, 12, "exact")]),
    ("Of 300 people injured in the blast, 40 are in critical condition.",
     [("wounded", 300, 300, "exact"), ("wounded", 40, 40, "exact")]),
    ("Of about 90 soldiers killed in the assault, 20 were conscripts.",
     [("killed", 90, 90, "approx"), ("killed", 20, 20, "exact")]),
    ("Of 70 civilians who died in the siege, 25 were children.",
     [("killed", 70, 70, "exact"), ("killed", 25, 25, "exact")]),
])
def test_a_counted_whole_at_the_head_shared_out(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a casualty noun after a determiner and an adjective ("the named dead") is still the toll noun
    ("Among the named dead are more than 19,000 former prisoners recruited by Wagner.",
     [("killed", 19000, None, "more_than")]),
    ("Among the identified dead are 300 soldiers.", [("killed", 300, 300, "exact")]),
    ("The civilian wounded number more than 400.", [("wounded", 400, None, "more_than")]),
    ("Among the confirmed dead were 14 children.", [("killed", 14, 14, "exact")]),
    ("The military dead total 2,000, officials said.", [("killed", 2000, 2000, "exact")]),
])
def test_adjectives_before_a_toll_noun(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # prepositions outside NP_STOP end the people phrase ("100 wounded within three hours")
    ("The director said his staff had received more than 100 wounded within three hours.",
     [("wounded", 100, None, "more_than")]),
    ("Hospitals received 60 injured amid the shelling.", [("wounded", 60, 60, "exact")]),
    ("Doctors treated 45 wounded throughout the night.", [("wounded", 45, 45, "exact")]),
    ("Medics saw 80 injured following the blast.", [("wounded", 80, 80, "exact")]),
    ("Rescuers pulled out 12 dead without help.", [("killed", 12, 12, "exact")]),
])
def test_prepositions_end_the_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # participles of the toll verbs link a toll to its figure
    ("Casualty figures hitting over 35,000 in July alone.", [("casualties", 35000, None, "more_than")]),
    ("Gaza's death toll passing 30,000 is a grim milestone.", [("killed", 30000, None, "more_than")]),
    ("The death toll, topping 500 on Monday, is expected to rise.", [("killed", 500, None, "more_than")]),
    ("A toll exceeding 1,200 was announced by the ministry.", [("killed", 1200, None, "more_than")]),
    ("The number of injured, numbering 400, overwhelmed hospitals.", [("wounded", 400, 400, "exact")]),
])
def test_participles_of_toll_verbs(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "cost" with the loser as its first object: losses, or lives killed
    ("The assault cost Ukraine 1,610 troops.", [("casualties", 1610, 1610, "exact")]),
    ("The battle cost the Russians 20,000 men, the analysts said.", [("casualties", 20000, 20000, "exact")]),
    ("The offensive has cost them 500 soldiers.", [("casualties", 500, 500, "exact")]),
    ("The war has cost Russia 300,000 lives.", [("killed", 300000, 300000, "exact")]),
    ("The offensive costing Kyiv about 2,000 soldiers was called off.", [("casualties", 2000, 2000, "approx")]),
])
def test_cost_the_loser_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a dash between a toll and its figure
    ("The ministry declared the number of dead Ukrainian soldiers — 31 000.", [("killed", 31000, 31000, "exact")]),
    ("Its count of the wounded – 4,500 – has not been verified.", [("wounded", 4500, 4500, "exact")]),
    ("The death toll — 120 — is the highest this year.", [("killed", 120, 120, "exact")]),
    ("The army gave the number of missing soldiers — about 300.", [("missing", 300, 300, "approx")]),
    ("Russian losses in the battle — over 20,000 — were never admitted.", [("casualties", 20000, None, "more_than")]),
])
def test_a_dash_between_toll_and_figure(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a toll named by a pronoun and revised takes the type of the claims before it
    ("Officials first put the death toll at 48. The minister raised it to 52 by the evening.",
     [("killed", 48, 48, "exact"), ("killed", 52, 52, "exact")]),
    ("At least 20 people were killed in the strike. The governor later put that at 25.",
     [("killed", 20, None, "at_least"), ("killed", 25, 25, "exact")]),
    ("At least 20 people were wounded in the strike. Doctors later raised it to 31.",
     [("wounded", 20, None, "at_least"), ("wounded", 31, 31, "exact")]),
    ("The army said 14 soldiers were missing. On Monday it revised that to 9.",
     [("missing", 14, 14, "exact"), ("missing", 9, 9, "exact")]),
    ("Rescuers said 30 people had died. Officials lowered it to 27 on Friday.",
     [("killed", 30, 30, "exact"), ("killed", 27, 27, "exact")]),
])
def test_a_toll_revised_through_a_pronoun(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a hedging adverb between a toll's link and its figure
    ("Doctors said the total number injured was likely more than 100.", [("wounded", 100, None, "more_than")]),
    ("The real death toll is probably 300.", [("killed", 300, 300, "exact")]),
    ("The number of dead was possibly as high as 1,000.", [("killed", None, 1000, "up_to")]),
    ("The toll is already 45, officials said.", [("killed", 45, 45, "exact")]),
    ("Total losses were perhaps 20,000, analysts said.", [("casualties", 20000, 20000, "exact")]),
])
def test_hedges_between_toll_and_figure(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a bulletin's second loss list: people, then things, after "and" ("and up to 80 soldiers, one tank ...")
    ("Ukraine has also lost up to 70 soldiers in battles with the Sever (North) group of forces and up to 80 soldiers, "
     "one tank and three ammunition depots in battles with the Zapad group.",
     [("casualties", None, 70, "up_to"), ("casualties", None, 80, "up_to")]),
    ("The enemy lost 120 servicemen in the south and 95 soldiers, two tanks and a howitzer in the east.",
     [("casualties", 120, 120, "exact"), ("casualties", 95, 95, "exact")]),
    ("Kyiv lost up to 60 troops near Kupiansk (Kharkiv) and up to 45 troops, three vehicles and a radar near Lyman.",
     [("casualties", None, 60, "up_to"), ("casualties", None, 45, "up_to")]),
    ("The army lost 230 servicemen in the Donetsk (East) direction and 110 servicemen, a tank and two guns in the south.",
     [("casualties", 230, 230, "exact"), ("casualties", 110, 110, "exact")]),
    ("The enemy lost 50 soldiers in the north and 40 soldiers, four vehicles and a radar in the west.",
     [("casualties", 50, 50, "exact"), ("casualties", 40, 40, "exact")]),
])
def test_bulletin_loss_lists_after_and(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # a hedged toll before a figure whose own noun a modal would refuse; "somewhere" before the figure
    ("The number of dead could be somewhere between 300,000 and 400,000 civilian casualties, he said.",
     [("killed", 300000, 400000, "range")]),
    ("The death toll could be as high as 500 civilians.", [("killed", None, 500, "up_to")]),
    ("The real number of dead may be 2,000 civilians.", [("killed", 2000, 2000, "exact")]),
    ("The toll is somewhere around 500.", [("killed", 500, 500, "approx")]),
    ("The number of wounded might be 300 soldiers.", [("wounded", 300, 300, "exact")]),
])
def test_hedged_tolls_before_a_refused_noun(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # the qualifier reaches a second clause past a breakdown, through "other" people and "&"
    ("At least 16 tourists, including two foreigners, were killed and 20 other tourists & locals injured in the attack.",
     [("killed", 16, None, "at_least"), ("killed", 2, 2, "exact"), ("wounded", 20, None, "at_least")]),
    ("At least 30 people, including 5 children, were killed and 80 were wounded.",
     [("killed", 30, None, "at_least"), ("killed", 5, 5, "exact"), ("wounded", 80, None, "at_least")]),
    ("At least 12 soldiers were killed and 30 other soldiers and officers wounded.",
     [("killed", 12, None, "at_least"), ("wounded", 30, None, "at_least")]),
    ("Some 30 soldiers & officers were wounded.", [("wounded", 30, 30, "approx")]),
    ("More than 40 people died and 100 other people were hurt.",
     [("killed", 40, None, "more_than"), ("wounded", 100, None, "more_than")]),
])
def test_qualifier_past_breakdowns_and_other_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # "N of the M <people> ... died": the share N is the claim, its people are the whole's
    ("His commander told the family that 14 of the 30 men in his group died.", [("killed", 14, 14, "exact")]),
    ("Five of the 12 crew members on board died.", [("killed", 5, 5, "exact")]),
    ("Two of the 300 soldiers deployed were injured.", [("wounded", 2, 2, "exact")]),
    ("Nine of the 40 miners in the shaft perished.", [("killed", 9, 9, "exact")]),
    ("Three of the 20 workers on the site died.", [("killed", 3, 3, "exact")]),
])
def test_a_share_of_a_counted_whole(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # people dragged off as hostages or into captivity were taken captive
    ("Hamas fighters killed some 1,200 people, most of them civilians, and dragged around 250 others into Gaza as hostages.",
     [("killed", 1200, 1200, "approx"), ("captured", 250, 250, "approx")]),
    ("The fighters killed 40 people and dragged 20 more into captivity.",
     [("killed", 40, 40, "exact"), ("captured", 20, 20, "exact")]),
    ("Militants dragged 12 hostages into the tunnels.", [("captured", 12, 12, "exact")]),
    ("Gunmen dragged 7 workers away as hostages.", [("captured", 7, 7, "exact")]),
    ("The raiders were dragging 30 villagers into captivity when troops arrived.", [("captured", 30, 30, "exact")]),
])
def test_dragged_off_as_hostages(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


@pytest.mark.parametrize("body,expected", [
    # an interview's verbless answer to a "how many" question about casualties
    ("Q: Of those, how many were civilians?\n\nA: More than 164,000 civilians, among them over 25,000 children "
     "and 16,000 women.", []),
    ("Q: How many people has the war killed?\n\nA: Our figure is 528,500.\n\nQ: Of those, how many were civilians?\n\n"
     "A: More than 164,000 civilians, among them over 25,000 children and 16,000 women.",
     [("killed", 528500, 528500, "exact"), ("killed", 164000, None, "more_than"), ("killed", 25000, None, "more_than"),
      ("killed", 16000, None, "more_than")]),
    ("Q: How many were wounded in the attack?\n\nA: About 40 soldiers and 12 civilians.",
     [("wounded", 40, 40, "approx"), ("wounded", 12, 12, "approx")]),
    ("Q: How many soldiers died in the battle?\n\nA: Some 300 soldiers.", [("killed", 300, 300, "approx")]),
    ("Q: And how many are missing?\n\nA: At least 50 fishermen.", [("missing", 50, None, "at_least")]),
])
def test_answers_to_how_many(gaz, body, expected):
    assert brief(run(gaz, body)) == expected
