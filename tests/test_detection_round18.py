"""Detection, round 18: constructions of news English that the detector misread on real text from
Yemen, Iraq, Syria, Karabakh, Tigray, Sudan and Gaza. Every sentence here is written for this test."""

import datetime as dt

import pytest

from conftest import extract as run


def brief(rows):
    return sorted((r["casualty_type"], r["value_low"], r["value_high"], r["qualifier"]) for r in rows)


# "Passed away" is a death even when the wounds it came from are named after it; a present-tense
# "surrender" is a capture in a headline, not when someone urges it; a count that tells something
# ("Two officials told ...") is the speakers, not people hurt.
@pytest.mark.parametrize("body,expected", [
    ("Over 100 people arrived at the clinic that day, and 14 passed away from their injuries.",
     [("killed", 14, 14, "exact")]),
    ("Two of the wounded soldiers passed away in hospital on Sunday, the IDF said.", [("killed", 2, 2, "exact")]),
    ("Nine people passed away overnight after the drone strike on Kharkiv, the governor said.",
     [("killed", 9, 9, "exact")]),
    ("SDF says 500 ISIS fighters surrender to Kurdish-led forces in Baghouz", [("captured", 500, 500, "exact")]),
    ("Over 40 Taliban fighters surrender to Afghan forces in Kunduz", [("captured", 40, None, "more_than")]),
    ("The commander urged the 300 besieged fighters to surrender.", []),
    ("Two senior humanitarian officials told Bloomberg that more than 100 people were killed.",
     [("killed", 100, None, "more_than")]),
    ("Three Ukrainian officials told Reuters that 20 soldiers were killed in the strike.",
     [("killed", 20, 20, "exact")]),
    ("Two residents told AFP that 12 civilians had died in the shelling.", [("killed", 12, 12, "exact")]),
])
def test_passed_away_surrender_and_speakers(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# A list of ages after "aged" holds no count, and the people before it keep their verb.
@pytest.mark.parametrize("body,expected", [
    ("Two men aged 29 and 41 were killed in Russian shelling in Kherson, the governor said.",
     [("killed", 2, 2, "exact")]),
    ("Three women aged 30, 45 and 62 were wounded in the strike, officials said.", [("wounded", 3, 3, "exact")]),
    ("Two brothers, aged 17 and 19, were killed in the raid near Khan Younis, the ministry said.",
     [("killed", 2, 2, "exact")]),
    ("Four soldiers aged 19 and 20 died in the ambush in Kunar, the Afghan army said.", [("killed", 4, 4, "exact")]),
    ("Five children aged between 3 and 12 were injured in Idlib, rescuers said.", [("wounded", 5, 5, "exact")]),
])
def test_list_of_ages(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# Thousands some outlets write with a point: groups of three digits, no scale word after them.
@pytest.mark.parametrize("body,expected", [
    ("Between 1.500 to 2.000 fighters and their families surrendered to our forces, the SDF said.",
     [("captured", 1500, 2000, "range")]),
    ("About 3.500 fighters were killed in the offensive near Marib, the group said.",
     [("killed", 3500, 3500, "approx")]),
    ("The army said 1.200 soldiers had been wounded in Tigray since March.", [("wounded", 1200, 1200, "exact")]),
    ("Some 1.500 million people fled the fighting; 12 people were injured.", [("wounded", 12, 12, "exact")]),
    ("The shelling began at 12.30 and killed 4 people in Donetsk.", [("killed", 4, 4, "exact")]),
])
def test_thousands_with_a_point(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


def test_point_thousands_numbers():
    from casualty_claims.numbers import find_quantities
    assert [(q.low, q.high) for q in find_quantities("1.500 to 2.000 fighters")] == [(1500, 2000)]
    assert find_quantities("a 2.5 rise and 0.125 of it") == []


# "N dead soldiers and M wounded": the verb-like cue after the bare second count is its own; the
# adjective before the first count's people types them.
@pytest.mark.parametrize("body,expected", [
    ("The country's Ministry of Health reported 192 dead soldiers and 512 wounded.",
     [("killed", 192, 192, "exact"), ("wounded", 512, 512, "exact")]),
    ("The army counted 40 dead militants and 12 captured in the raid near Baghouz.",
     [("captured", 12, 12, "exact"), ("killed", 40, 40, "exact")]),
    ("Hospitals received 30 wounded civilians and 7 dead, the Tigray health bureau said.",
     [("killed", 7, 7, "exact"), ("wounded", 30, 30, "exact")]),
    ("Officials reported 15 injured soldiers and 3 killed after the ambush in Kurram.",
     [("killed", 3, 3, "exact"), ("wounded", 15, 15, "exact")]),
    ("Three wounded soldiers and two civilians died in hospital, the IDF said.",
     [("killed", 2, 2, "exact"), ("killed", 3, 3, "exact")]),
])
def test_adjective_before_people_and_bare_joined_count(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# A typewriter's double hyphen is a dash: asides between "--" read as between "—".
@pytest.mark.parametrize("body,expected", [
    ("12 civilians -- including seven children -- were killed as Russian warplanes targeted Idlib, a monitor said.",
     [("killed", 7, 7, "exact"), ("killed", 12, 12, "exact")]),
    ("At least 30 soldiers -- most of them conscripts -- died in the attack on the base, Kyiv said.",
     [("killed", 30, None, "at_least")]),
    ("The strike killed 9 people -- six of them children -- in Marib, officials said.",
     [("killed", 6, 6, "exact"), ("killed", 9, 9, "exact")]),
    ("Houthi officials said 20 fighters were wounded -- the group's first admission of losses.",
     [("wounded", 20, 20, "exact")]),
    ("Five policemen -- two of them officers -- were abducted near Kandahar, officials said.",
     [("captured", 2, 2, "exact"), ("captured", 5, 5, "exact")]),
])
def test_double_hyphen_is_a_dash(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# "from X to Y" that opens a clause is a range; after a verb of change it is still a revision.
@pytest.mark.parametrize("body,expected", [
    ("According to various estimates, from 32 to 100 people, including civilians, died in Karabakh that day.",
     [("killed", 32, 100, "range")]),
    ("From 20 to 30 soldiers were killed in the ambush in Kunar, the army said.", [("killed", 20, 30, "range")]),
    ("Local sources said that from 40 to 60 fighters were captured near Baghouz.", [("captured", 40, 60, "range")]),
    ("Residents said: from 5 to 7 people were wounded in the shelling of Sa'ada.", [("wounded", 5, 7, "range")]),
    ("The toll in El Fasher rose from 32 to 100, officials said.",
     [("killed", 32, 32, "exact"), ("killed", 100, 100, "exact")]),
    ("Officials said the number of dead in Mekelle had risen overnight from 12 to 19.",
     [("killed", 12, 12, "exact"), ("killed", 19, 19, "exact")]),
])
def test_from_to_range_opening_a_clause(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# A hedge before "between" ("a minimum of between", "an estimated between") belongs to the range,
# so the verb before the hedge reaches it.
@pytest.mark.parametrize("body,expected", [
    ("The strikes were likely killing a minimum of between 529 and 744 civilians, Airwars said.",
     [("killed", 529, 744, "range")]),
    ("Russian shelling killed an estimated between 40 and 60 people in Kharkiv, officials said.",
     [("killed", 40, 60, "range")]),
    ("The raids wounded at least between 20 and 30 civilians in Sa'ada, the Houthis said.",
     [("wounded", 20, 30, "range")]),
    ("Between 300 and 400 fighters surrendered near Baghouz, the SDF said.", [("captured", 300, 400, "range")]),
    ("The monitor said some between 15 and 20 soldiers died in Idlib.", [("killed", 15, 20, "range")]),
])
def test_hedge_before_between(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# Two nouns of harm joined before one "of" ("the death and injury of 12") count casualties.
@pytest.mark.parametrize("body,expected", [
    ("Martyrdom and injury of seven citizens by Saudi army fire in Sa'ada", [("casualties", 7, 7, "exact")]),
    ("The death and injury of 12 soldiers in the ambush in Tigray was confirmed by the army.",
     [("casualties", 12, 12, "exact")]),
    ("The killing and wounding of 40 protesters in Khartoum drew condemnation.", [("casualties", 40, 40, "exact")]),
    ("Officials reported the deaths or injuries of 25 people in the strike on Mosul.",
     [("casualties", 25, 25, "exact")]),
    ("The ministry confirmed the death of four soldiers and the injury of six others.",
     [("killed", 4, 4, "exact"), ("wounded", 6, 6, "exact")]),
    ("The killing of 30 villagers and abduction of 12 women was reported in Darfur.",
     [("captured", 12, 12, "exact"), ("killed", 30, 30, "exact")]),
])
def test_death_and_injury_of(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# A generic total in an aside after a typed casualty noun is that noun's ("the wounded, estimated at
# a total of 210, included 62 children"), not the type the sentence began with.
@pytest.mark.parametrize("body,expected", [
    ("The fatalities in Shujaiyya included 17 children and 14 women, whereas the wounded, estimated at a total "
     "of 210, included 62 children and 32 women.",
     [("killed", 14, 14, "exact"), ("killed", 17, 17, "exact"), ("wounded", 32, 32, "exact"),
      ("wounded", 62, 62, "exact"), ("wounded", 210, 210, "exact")]),
    ("The dead numbered 40, while the injured, at a total of 300, included 120 women, officials in Aden said.",
     [("killed", 40, 40, "exact"), ("wounded", 120, 120, "exact"), ("wounded", 300, 300, "exact")]),
    ("Twelve soldiers were killed; the wounded, put at a figure of 45, were flown to Kyiv.",
     [("killed", 12, 12, "exact"), ("wounded", 45, 45, "exact")]),
    ("The army said 30 soldiers died, and the missing, whose number stands at 12, were still being sought.",
     [("killed", 30, 30, "exact"), ("missing", 12, 12, "exact")]),
])
def test_generic_total_after_a_typed_noun(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# The end of a span of days after a month ("from September 19 to 20") is a date, not a count.
@pytest.mark.parametrize("body,expected", [
    ("Azerbaijan informed about its losses in the operation, which lasted a day, from September 19 to 20.", []),
    ("Fighting on May 3-5 killed 12 soldiers near Marib, the army said.", [("killed", 12, 12, "exact")]),
    ("Between March 14 and 16, Israeli strikes killed 40 people in Lebanon, the ministry said.",
     [("killed", 40, 40, "exact")]),
    ("Clashes from October 2 to 6 left 9 fighters dead in Idlib, the monitor said.", [("killed", 9, 9, "exact")]),
    ("The offensive ran from July 10 until 14; 30 soldiers were wounded, Baku said.", [("wounded", 30, 30, "exact")]),
])
def test_end_of_a_span_of_days(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# Regional tallies written as a count in brackets after each place, typed by the harm named before.
@pytest.mark.parametrize("body,expected", [
    ("Fatalities were also reported in Zhytomyr (3), Khmelnytskyi (4), and Mykolaiv (1).",
     [("killed", 1, 1, "exact"), ("killed", 3, 3, "exact"), ("killed", 4, 4, "exact")]),
    ("Injuries were reported in Kharkiv (12), Sumy (5) and Odesa (2), regional officials said.",
     [("wounded", 2, 2, "exact"), ("wounded", 5, 5, "exact"), ("wounded", 12, 12, "exact")]),
    ("The dead came from Aleppo (14), Idlib (9) and Hama (3), the monitor said.",
     [("killed", 3, 3, "exact"), ("killed", 9, 9, "exact"), ("killed", 14, 14, "exact")]),
    ("Civilians were killed in Sa'ada (6) and Hajjah (2), the Houthi health ministry said.",
     [("killed", 2, 2, "exact"), ("killed", 6, 6, "exact")]),
    ("Russia attacked Kyiv with 40 drones (12 shot down) and killed 3 people.", [("killed", 3, 3, "exact")]),
    ("The wounded were taken to Ayder Hospital in Mekelle and Tigray (2) hospitals.", []),
    ("Delegations from Ankara (4) and Baku (3) met in Geneva.", []),
])
def test_bracketed_counts_after_places(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# A sentence that opens on a bare count and says who they were shares out the claim just before.
@pytest.mark.parametrize("body,expected", [
    ("Eight people were killed in the train attack. Three were railway employees, and five were civilians.",
     [("killed", 3, 3, "exact"), ("killed", 5, 5, "exact"), ("killed", 8, 8, "exact")]),
    ("A strike killed 12 people in Marib on Sunday. Seven were children, the ministry said.",
     [("killed", 7, 7, "exact"), ("killed", 12, 12, "exact")]),
    ("Twenty soldiers were wounded near Bakhmut. Four were officers.",
     [("wounded", 4, 4, "exact"), ("wounded", 20, 20, "exact")]),
    ("Nine civilians were injured in Abha. One was an Indian national and eight were Saudis.",
     [("wounded", 1, 1, "exact"), ("wounded", 8, 8, "exact"), ("wounded", 9, 9, "exact")]),
    ("Two people were killed in Kherson. 12 were evacuated.", [("killed", 2, 2, "exact")]),
    ("Five soldiers died in the ambush in Kunar. 300 were soldiers of the reserve.", [("killed", 5, 5, "exact")]),
])
def test_who_they_were_after_a_claim(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# "Remains of N" with a verb of finding bodies after it are the dead, in headlines too.
@pytest.mark.parametrize("body,expected", [
    ("Remains of 139 exhumed from mass grave", [("killed", 139, 139, "exact")]),
    ("The remains of 40 were recovered from the rubble in Raqqa.", [("killed", 40, 40, "exact")]),
    ("Remains of 12 have been identified in Izium, officials said.", [("killed", 12, 12, "exact")]),
    ("The remains of 3 tanks were found near Kupiansk.", []),
    ("Families held the remains of 5 in a morgue in Khartoum.", []),
])
def test_remains_of_a_bare_count(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# A bare count after bodies that says whether they were named is some of the same bodies.
@pytest.mark.parametrize("body,expected", [
    ("Rescuers recovered 45 bodies from the rubble and 12 were still unidentified.", [("killed", 45, 45, "exact")]),
    ("Medics collected 30 bodies in Mekelle and 8 remain unclaimed, the hospital said.", [("killed", 30, 30, "exact")]),
    ("Police found 20 bodies in the river and 14 are still unknown.", [("killed", 20, 20, "exact")]),
    ("Workers exhumed 60 bodies in Izium and 25 remain unnamed.", [("killed", 60, 60, "exact")]),
    ("Around 2,000 bodies have been buried and some 900 remain in the city's morgues.",
     [("killed", 900, 900, "approx"), ("killed", 2000, 2000, "approx")]),
])
def test_bodies_named_or_not_are_the_same_bodies(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# People taken to or treated in hospital in the sentence after a claim of harm are its wounded.
@pytest.mark.parametrize("body,expected", [
    ("Two men were killed in Russian shelling in Kherson, the governor said. Four people were taken to hospital, "
     "Prokudin added.", [("killed", 2, 2, "exact"), ("wounded", 4, 4, "exact")]),
    ("Three civilians died in the drone strike on Sumy. Four were treated at the scene, he said.",
     [("killed", 3, 3, "exact"), ("wounded", 4, 4, "exact")]),
    ("A rocket killed two soldiers near the Lebanese border. Five others were rushed to hospital.",
     [("killed", 2, 2, "exact"), ("wounded", 5, 5, "exact")]),
    ("The army said 12 fighters were killed in Darfur. Doctors said 40 children were admitted to hospital with "
     "cholera in the camp.", [("killed", 12, 12, "exact")]),
    ("Twelve people were taken to hospital on Sunday, the clinic said.", []),
])
def test_hospital_after_a_claim(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# The other side's figure after a semicolon in a headline ("...; BLA claims 12") shares the claim's
# type; a digest's next labelled item ("Ukraine: ...") is never joined to a line ending in a figure.
@pytest.mark.parametrize("body,expected", [
    ("Pakistan: 7 soldiers killed in IED blast in Balochistan, ISPR says; BLA claims 12",
     [("killed", 7, 7, "exact"), ("killed", 12, 12, "exact")]),
    ("Houthis say 30 fighters killed in Saudi raid; Riyadh claims 120",
     [("killed", 30, 30, "exact"), ("killed", 120, 120, "exact")]),
    ("Israel says 5 soldiers wounded; Hezbollah claims 20", [("wounded", 5, 5, "exact"), ("wounded", 20, 20, "exact")]),
    ("Pakistan: 7 soldiers killed in IED blast, ISPR says; BLA claims 12\n\n"
     "Ukraine: Russian glide bomb attack on Kharkiv wounds at least 47, governor says",
     [("killed", 7, 7, "exact"), ("killed", 12, 12, "exact"), ("wounded", 47, None, "at_least")]),
])
def test_headline_counter_claim_and_digest_items(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2025, 5, 13))) == expected


def test_labelled_digest_item_is_not_joined():
    from casualty_claims.sentences import split_sentences
    text = "Digest\n\nSyria: 11 dead in clashes, monitor says; army claims 3\n\nIraq: two soldiers killed.\n\nThe end."
    texts = [s.text for s in split_sentences(text)]
    assert "Iraq: two soldiers killed." in texts and "Syria: 11 dead in clashes, monitor says; army claims 3" in texts


# People treated after an attack, or with the condition of the hurt named, are wounded with no
# injury word of their own; not those treated for an illness.
@pytest.mark.parametrize("body,expected", [
    ("Magen David Adom paramedics say they treated 180 people overnight, including two in critical condition.",
     [("wounded", 2, 2, "exact"), ("wounded", 180, 180, "exact")]),
    ("MSF teams treated 120 patients on Saturday after heavy shelling of El Fasher.",
     [("wounded", 120, 120, "exact")]),
    ("Medics treated 45 people after the strike on the market in Kharkiv.", [("wounded", 45, 45, "exact")]),
    ("Rescuers treated 12 people at the scene of the missile attack in Odesa.", [("wounded", 12, 12, "exact")]),
    ("Doctors treated 300 children for cholera in the camp after the floods.", []),
    ("The clinic in Aden treated 50 patients last week, mostly for malnutrition.", []),
])
def test_treated_people_after_an_attack(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected


# An age after a subset's bare count ("including 3,760 under 18") is no count; the subset is.
@pytest.mark.parametrize("body,expected", [
    ("Dr. al-Qidra said 9,061 people have been killed in Gaza, including 3,760 under 18.",
     [("killed", 3760, 3760, "exact"), ("killed", 9061, 9061, "exact")]),
    ("The ministry said 400 civilians were wounded in Sa'ada, including 120 under 16.",
     [("wounded", 120, 120, "exact"), ("wounded", 400, 400, "exact")]),
    ("Russian strikes killed 12 over the weekend in Kharkiv, officials said.", [("killed", 12, 12, "exact")]),
    ("Officials said 2,000 people died in the siege, including 800 over 65.",
     [("killed", 800, 800, "exact"), ("killed", 2000, 2000, "exact")]),
])
def test_age_after_a_subset_count(gaz, body, expected):
    assert brief(run(gaz, body, published=dt.date(2020, 3, 1))) == expected
