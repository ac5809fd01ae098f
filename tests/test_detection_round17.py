"""Detection, round 17: constructions of news English that the detector misread. Every sentence
here is written for this test."""

import pytest

from conftest import extract as run


def brief(rows):
    return sorted((r["casualty_type"], r["value_low"], r["value_high"], r["qualifier"]) for r in rows)


# The head of a people phrase is its last noun however long the phrase, or the noun before an "of"
# complement: a list of losses goes on with people or stops at things.
@pytest.mark.parametrize("body,expected", [
    ("The dead included 40 soldiers, 12 members of the border police and 3 foreign journalists.",
     [("killed", 3, 3, "exact"), ("killed", 12, 12, "exact"), ("killed", 40, 40, "exact")]),
    ("The enemy lost up to 230 personnel, two armoured personnel carriers and five pickup trucks.",
     [("casualties", None, 230, "up_to")]),
    ("Moscow said Ukraine lost 95 troops, four old Soviet-era tracked armoured personnel carriers and a tank.",
     [("casualties", 95, 95, "exact")]),
    ("Officials said the toll included 300 fighters, 25 members of the Republican Guard and 4 civilians.",
     [("killed", 4, 4, "exact"), ("killed", 25, 25, "exact"), ("killed", 300, 300, "exact")]),
    ("Those killed included 11 police officers, 5 young volunteer first aid medical workers and a nurse.",
     [("killed", 5, 5, "exact"), ("killed", 11, 11, "exact")]),
])
def test_phrase_head_is_its_last_noun(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# Names of weapons, units and groups in capitals and digits are one token and never a count.
@pytest.mark.parametrize("text,name", [
    ("Fifty M23 fighters", "M23"), ("two US-made M113 carriers", "M113"), ("its F-16s", "F-16s"),
    ("three T-72B3 tanks", "T-72B3"), ("a Su-25 jet", "Su-25"), ("HIMARS M142 launchers", "M142"),
    ("an S-300 battery", "S-300"), ("a 3M22 Zircon", "3M22"), ("the MiG-29's pilot", "MiG-29's"),
    ("Shahed-136 drones", "Shahed-136"),
])
def test_capitals_and_digits_name_is_one_token(text, name):
    from casualty_claims.numbers import find_quantities, tokenize
    assert name in [t.text for t in tokenize(text)]
    assert all(name not in text[q.start:q.end] and text[q.start:q.end] not in name for q in find_quantities(text))


@pytest.mark.parametrize("body,expected", [
    ("Fifty M23 fighters were killed in clashes near Goma, the Congolese army said.", [("killed", 50, 50, "exact")]),
    ("The Congolese army said 120 M23 rebels had been killed since January.", [("killed", 120, 120, "exact")]),
    ("Kyiv said two Su-25 jets were downed and 14 Russian soldiers were killed.", [("killed", 14, 14, "exact")]),
    ("Russia said its forces destroyed two HIMARS M142 launchers and killed up to 90 Ukrainian soldiers.",
     [("killed", None, 90, "up_to")]),
    ("A 3M22 Zircon missile struck Kyiv; 4 people were injured.", [("wounded", 4, 4, "exact")]),
    ("Ukraine said 12 T-72 tanks and 300 Russian troops were lost in the assault.",
     [("casualties", 300, 300, "exact")]),
    ("The enemy lost up to 230 personnel, two US-made M113 armored personnel carriers and five pickup trucks.",
     [("casualties", None, 230, "up_to")]),
])
def test_counts_beside_capitals_and_digits_names(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A toll's bare figure with a breakdown, then a clause of the wounded with its own subject: the
# figure stays the toll's ("the death toll had reached 14, including two children, and 60 people
# were injured"); a bare subject without a toll still shares the verb after the aside.
@pytest.mark.parametrize("body,expected", [
    ("By Friday morning the death toll in Kharkiv had reached 14, including two children, and 60 people were "
     "injured, the governor said.", [("killed", 2, 2, "exact"), ("killed", 14, 14, "exact"), ("wounded", 60, 60, "exact")]),
    ("The death toll in Odesa has risen to 9, including 4 at the shopping centre, and 35 people have been wounded.",
     [("killed", 4, 4, "exact"), ("killed", 9, 9, "exact"), ("wounded", 35, 35, "exact")]),
    ("Gaza's health ministry said the toll stood at 112, among them 30 women, and 760 people had been wounded.",
     [("killed", 30, 30, "exact"), ("killed", 112, 112, "exact"), ("wounded", 760, 760, "exact")]),
    ("The number of dead climbed to 51, including 9 rescuers, and more than 200 were injured, officials said.",
     [("killed", 9, 9, "exact"), ("killed", 51, 51, "exact"), ("wounded", 200, None, "more_than")]),
    ("Police said 18, including the gunman, and 40 others were hurt in the shooting.",
     [("wounded", 18, 18, "exact"), ("wounded", 40, 40, "exact")]),
    ("Ten members of his family, among them his sister, and four aides had been killed.",
     [("killed", 4, 4, "exact"), ("killed", 10, 10, "exact")]),
])
def test_toll_figure_with_breakdown_before_a_wounded_clause(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# The idioms of South Asian armies' statements say killed (CONVENTIONS: "sent to hell" is killed).
@pytest.mark.parametrize("body,expected", [
    ("During the operation, all thirty khwarij involved in the attack were sent to hell, the ISPR said.",
     [("killed", 30, 30, "exact")]),
    ("ISPR: 12 soldiers embrace shahadat in South Waziristan, 35 khwarij sent to hell in two engagements",
     [("killed", 12, 12, "exact"), ("killed", 35, 35, "exact")]),
    ("Twelve brave sons of the soil, having fought gallantly, paid the ultimate sacrifice, the military said.",
     [("killed", 12, 12, "exact")]),
    ("Five of our soldiers made the supreme sacrifice, the Indian army said.", [("killed", 5, 5, "exact")]),
    ("Two policemen attained shahadat when militants attacked the checkpost in Bannu.", [("killed", 2, 2, "exact")]),
    ("The commander threatened that 500 more invaders would be sent to hell.", []),
])
def test_south_asian_army_idioms(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# Prepositions end a people phrase: "between", "around", "aboard", "alongside" open a place or
# time, never the head of the people counted.
@pytest.mark.parametrize("body,expected", [
    ("Russia has lost about 1,000 troops between 24 February 2022 and 12 June 2025.",
     [("casualties", 1000, 1000, "approx")]),
    ("Ukraine's General Staff says Russia lost 1,250 soldiers between Sunday and Monday.",
     [("casualties", 1250, 1250, "exact")]),
    ("Gunmen kidnapped 12 passengers between Kaduna and Abuja.", [("captured", 12, 12, "exact")]),
    ("Rebels killed 14 villagers around Beni overnight, local officials said.", [("killed", 14, 14, "exact")]),
    ("The strike killed 9 soldiers aboard a troop transport, the army said.", [("killed", 9, 9, "exact")]),
])
def test_prepositions_end_the_people_phrase(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# Verbs of make-up link a toll noun to its figures like "included": "the dead comprise ...".
@pytest.mark.parametrize("body,expected", [
    ("The dead comprise 427 Druze fighters and 298 Druze civilians, the monitor said.",
     [("killed", 298, 298, "exact"), ("killed", 427, 427, "exact")]),
    ("The casualties comprised 40 soldiers and 12 policemen, officials said.",
     [("casualties", 12, 12, "exact"), ("casualties", 40, 40, "exact")]),
    ("The victims consisted of 9 women and 14 children, the UN said.",
     [("killed", 9, 9, "exact"), ("killed", 14, 14, "exact")]),
    ("The wounded consist of 60 soldiers and 25 civilians.", [("wounded", 25, 25, "exact"), ("wounded", 60, 60, "exact")]),
    ("The delegation comprised 12 ministers.", []),
])
def test_toll_made_up_of(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# People joined to a whole clause by "as well as" share its claim, as "along with" does; modifiers
# or heads joined by "and" inside an "of" phrase do not cut the count off from its verb.
@pytest.mark.parametrize("body,expected", [
    ("Another 354 members of the government's security and military forces were killed, as well as 21 members "
     "of Bedouin tribes.", [("killed", 21, 21, "exact"), ("killed", 354, 354, "exact")]),
    ("Nine soldiers were killed in the ambush, as well as two civilians, the army said.",
     [("killed", 2, 2, "exact"), ("killed", 9, 9, "exact")]),
    ("Forty people were wounded in the blast, as well as 6 police officers, officials said.",
     [("wounded", 6, 6, "exact"), ("wounded", 40, 40, "exact")]),
    ("Twelve soldiers were killed on Monday, police said, as well as 4 civilians.", [("killed", 12, 12, "exact")]),
    ("Twelve members of the army and police were killed in the ambush.", [("killed", 12, 12, "exact")]),
    ("Six members of the Syrian and Iranian forces were killed in the strike, the monitor said.",
     [("killed", 6, 6, "exact")]),
    ("Ten members of Hamas and Israel said the talks would resume.", []),
])
def test_people_joined_by_as_well_as_and_joined_modifiers(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# People brought to or treated in hospital after an attack are its wounded; bodies stay dead.
@pytest.mark.parametrize("body,expected", [
    ("According to Israeli authorities, 28 people were killed in Israel and more than 3,000 were treated in hospitals.",
     [("killed", 28, 28, "exact"), ("wounded", 3000, None, "more_than")]),
    ('"224 people have been martyred since Friday and 1,277 have been taken to hospital," he wrote on X.',
     [("killed", 224, 224, "exact"), ("wounded", 1277, 1277, "exact")]),
    ("Police said 14 people were taken to hospital after the drone hit a bus in Kherson.", [("wounded", 14, 14, "exact")]),
    ("Four soldiers were rushed to the hospital with shrapnel wounds, the IDF said.", [("wounded", 4, 4, "exact")]),
    ("Some 20 bodies were taken to hospital in Khan Younis.", [("killed", 20, 20, "approx")]),
    ("Around 300 sick children were admitted to hospitals in Egypt under the evacuation scheme.", []),
])
def test_taken_to_hospital_is_wounded(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# The dead of a natural disaster are no casualty claim of a war (CONVENTIONS).
@pytest.mark.parametrize("body,expected", [
    ("Even the earthquake that struck near Mandalay on 28 March, killing more than 3,700 people by the junta's own "
     "count, did not stop the bombing.", []),
    ("Floods in the north have killed 40 people this week, the UN said.", []),
    ("A powerful quake killed 120 people in Herat province, officials said.", []),
    ("Days after the earthquake, an airstrike killed 12 civilians in Sagaing.", [("killed", 12, 12, "exact")]),
    ("The earthquake relief convoy was shelled, killing 5 aid workers.", [("killed", 5, 5, "exact")]),
])
def test_natural_disaster_dead_are_no_claim(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A list of shares after a fronted group: every item with its own "were" is a share of the group.
@pytest.mark.parametrize("body,expected", [
    ("Of the 26 people killed, 18 were soldiers travelling on leave, three were railway employees and five were "
     "civilians, the military said.",
     [("killed", 3, 3, "exact"), ("killed", 5, 5, "exact"), ("killed", 18, 18, "exact"), ("killed", 26, 26, "exact")]),
    ("Of those killed, 30 were fighters and 14 were civilians.", [("killed", 14, 14, "exact"), ("killed", 30, 30, "exact")]),
    ("Among the dead, 7 were police officers, 2 were firefighters, and 11 were residents.",
     [("killed", 2, 2, "exact"), ("killed", 7, 7, "exact"), ("killed", 11, 11, "exact")]),
    ("Of the 40 wounded, 12 were children, 9 were women and the rest were men.",
     [("wounded", 9, 9, "exact"), ("wounded", 12, 12, "exact"), ("wounded", 40, 40, "exact")]),
])
def test_list_of_shares_of_a_fronted_group(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A bare count after "and", following a count of bodies, counts more bodies whatever its own verb.
@pytest.mark.parametrize("body,expected", [
    ("Some 2,000 bodies have been buried, and around 900 remain in the city's morgues, which are full.",
     [("killed", 900, 900, "approx"), ("killed", 2000, 2000, "approx")]),
    ("Officials said around 2,000 bodies had already been buried and some 900 remained in the morgues.",
     [("killed", 900, 900, "approx"), ("killed", 2000, 2000, "approx")]),
    ("Forensic teams exhumed 139 bodies from the mass grave, and 40 have been identified so far.",
     [("killed", 40, 40, "exact"), ("killed", 139, 139, "exact")]),
    ("Twelve bodies were recovered on Monday and 30 tents were destroyed.", [("killed", 12, 12, "exact")]),
])
def test_more_bodies_after_and(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A passive or intransitive casualty verb before "with their/his/her N ..." types the people its
# subject died or was hurt with.
@pytest.mark.parametrize("body,expected", [
    ("He said a couple were killed with their two young children in a pre-dawn strike on a house in Khan Yunis.",
     [("killed", 2, 2, "exact")]),
    ("The commander died with his 3 bodyguards when the drone hit his car.", [("killed", 3, 3, "exact")]),
    ("A journalist was killed along with her two daughters in Deir al-Balah, the ministry said.",
     [("killed", 2, 2, "exact")]),
    ("A farmer was injured with his 4 sons when the shell landed in Kherson.", [("wounded", 4, 4, "exact")]),
    ("The rebels fled with their 12 hostages.", []),
    ("The general met with his 12 commanders.", []),
])
def test_killed_with_their_own_people(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A count later in the list after "Among the dead were ..." is typed by the group.
@pytest.mark.parametrize("body,expected", [
    ("Among the dead were police official Omar Aqel and five of his relatives, including two children.",
     [("killed", 2, 2, "exact"), ("killed", 5, 5, "exact")]),
    ("Among those killed were a senior commander and 12 of his bodyguards.", [("killed", 12, 12, "exact")]),
    ("Among the wounded are the mayor, his wife and 3 police officers.", [("wounded", 3, 3, "exact")]),
    ("Among the dead was a soldier who had fought in 3 wars.", []),
    ("Among the injured were the driver and 2 buses.", []),
])
def test_count_later_in_a_list_after_among_the_dead(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A hyphen typed with spaces for a dash opens a breakdown like a dash does.
@pytest.mark.parametrize("body,expected", [
    ("The Pentagon says 13 American service members - 11 Marines, a Navy corpsman and an Army soldier - were "
     "killed, and 45 were wounded.", [("killed", 11, 11, "exact"), ("killed", 13, 13, "exact"), ("wounded", 45, 45, "exact")]),
    ("Officials said 9 people - 4 children and 5 women - were killed in the strike.",
     [("killed", 4, 4, "exact"), ("killed", 5, 5, "exact"), ("killed", 9, 9, "exact")]),
    ("The army said 20 soldiers - 8 of them officers - were wounded.", [("wounded", 8, 8, "exact"), ("wounded", 20, 20, "exact")]),
])
def test_spaced_hyphen_opens_a_breakdown(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# "from under the rubble" tells of people found, not missing; a found share of bodies is dead.
@pytest.mark.parametrize("body,expected", [
    ("In the past 24 hours, 98 bodies were brought to hospitals, among them 11 recovered from under the rubble, and "
     "385 people were injured, the ministry added.",
     [("killed", 11, 11, "exact"), ("killed", 98, 98, "exact"), ("wounded", 385, 385, "exact")]),
    ("Civil defence said 7 people were pulled alive from under the debris.", []),
    ("Rescuers said 12 bodies were recovered from under the debris, while 30 people remain under the rubble.",
     [("killed", 12, 12, "exact"), ("missing", 30, 30, "exact")]),
    ("Hospitals received 60 bodies, including 25 found in a mass grave in Khan Younis.",
     [("killed", 25, 25, "exact"), ("killed", 60, 60, "exact")]),
])
def test_found_from_under_the_rubble(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# "N of them with injuries": the share that is hurt.
@pytest.mark.parametrize("body,expected", [
    ("It added that 354 hostages had been freed, 37 of them with injuries.", [("wounded", 37, 37, "exact")]),
    ("More than 200 people reached the hospital, 45 of whom with gunshot wounds, doctors said.",
     [("wounded", 45, 45, "exact")]),
    ("The convoy carried 80 evacuees, 12 of them with their families.", []),
])
def test_share_with_injuries(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A count joined by "and" after an "of" phrase shares the verb after it with the first count.
@pytest.mark.parametrize("body,expected", [
    ("The head of the group said that ten members of his family and four close associates were killed when a "
     "missile hit the seminary.", [("killed", 4, 4, "exact"), ("killed", 10, 10, "exact")]),
    ("Five members of the crew and 2 passengers died in the crash.", [("killed", 2, 2, "exact"), ("killed", 5, 5, "exact")]),
    ("Six members of the family and 4 neighbours fled to Rafah.", []),
])
def test_count_joined_after_an_of_phrase(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# Names joined by "and" after the "of" of a people phrase do not cut the count off from its verb.
@pytest.mark.parametrize("body,expected", [
    ("Seven members of Hamas and Islamic Jihad were killed in the raid.", [("killed", 7, 7, "exact")]),
    ("Twenty residents of Kharkiv and Sumy were wounded, officials said.", [("wounded", 20, 20, "exact")]),
    ("Nine fighters of the SDF and YPG were captured near Manbij.", [("captured", 9, 9, "exact")]),
    ("Twelve members of Hamas and 3 soldiers were killed.", [("killed", 3, 3, "exact"), ("killed", 12, 12, "exact")]),
    ("Ten members of Hamas and Israel said the talks would resume.", []),
])
def test_names_joined_after_of(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# The bare participle after a list's first item ("90,000 soldiers killed, and ...") is shared by
# the next item; a finite verb ("were killed, and 30 civilians fled") is not.
@pytest.mark.parametrize("body,expected", [
    ("We count more than 90,000 soldiers of the Syrian army killed, and some 65,000 pro-government militiamen, "
     "including about 1,700 Hezbollah fighters.",
     [("killed", 1700, 1700, "approx"), ("killed", 65000, 65000, "approx"), ("killed", 90000, None, "more_than")]),
    ("The monitor documented 300 civilians killed, and 120 rebel fighters.",
     [("killed", 120, 120, "exact"), ("killed", 300, 300, "exact")]),
    ("Officials said 12 soldiers were killed, and 30 civilians fled the town.", [("killed", 12, 12, "exact")]),
])
def test_list_item_after_a_bare_participle(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A toll's linking word stands before the qualifier: "dead at up to 250,000" links by "at".
@pytest.mark.parametrize("body,expected", [
    ("A June report estimated Russian military dead at up to 250,000, out of some 950,000 casualties in all.",
     [("casualties", 950000, 950000, "exact"), ("killed", None, 250000, "up_to")]),
    ("The think tank put Ukrainian losses at more than 400,000.", [("casualties", 400000, None, "more_than")]),
    ("The death toll rose to at least 45, officials said.", [("killed", 45, None, "at_least")]),
])
def test_toll_link_before_the_qualifier(gaz, body, expected):
    assert brief(run(gaz, body)) == expected


# A headline's bare "one" after a killing or wounding verb, ending its clause, is a count.
@pytest.mark.parametrize("body,expected", [
    ("Lebanon: Israeli strike on car near Tyre kills one, health ministry says, as truce strains continue",
     [("killed", 1, 1, "exact")]),
    ("Russian drone attack on Kherson bus injures one.", [("wounded", 1, 1, "exact")]),
    ("Israel kills one, wounds three in West Bank raid", [("killed", 1, 1, "exact"), ("wounded", 3, 3, "exact")]),
])
def test_headline_verb_with_one(gaz, body, expected):
    assert brief(run(gaz, body)) == expected
