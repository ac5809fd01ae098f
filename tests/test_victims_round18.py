"""Victim side and group, round 18: probes written for each change (not corpus sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract


def _claim(gaz, body: str, value: int, published: dt.date, ctype: str | None = None) -> dict:
    rows = [r for r in extract(gaz, body, published=published)
            if r["value_low"] == value and (ctype is None or r["casualty_type"] == ctype)]
    assert rows, (body, value)
    return rows[0]


# "N X soldiers were killed and M were wounded in <place>": the second harm of the pair befalls
# the people the first named; the place is where they fell, not whose they were. A second toll
# of the same harm in another place may be other people.
SECOND_HARM = [
    ("Ukrainian officials said 40 Russian soldiers were killed and 60 were wounded near Bakhmut.", 60, "wounded",
     "russia", dt.date(2023, 3, 1)),
    ("The IDF said four Israeli soldiers were killed and 12 were wounded in Gaza.", 12, "wounded", "israel",
     dt.date(2024, 3, 1)),
    ("A total of 192 Azerbaijani troops were killed and over 500 were wounded during the offensive in Karabakh, "
     "the Health Ministry said.", 500, "wounded", "azerbaijan", dt.date(2023, 9, 26)),
    ("Hezbollah said three of its fighters were killed and two were captured in Israel.", 2, "captured", "hezbollah",
     dt.date(2024, 10, 5)),
    ("Six Sudanese soldiers died and 14 were injured in an RSF drone attack on Kassala, the army said.", 14, "wounded",
     "sudan", dt.date(2025, 5, 1)),
    ("Israeli strikes killed 30 Palestinians in Gaza and 5 people were killed in Lebanon, officials said.", 5, "killed",
     "lebanon", dt.date(2024, 3, 1)),
]


@pytest.mark.parametrize("body,value,ctype,side,day", SECOND_HARM)
def test_second_harm_of_a_pair_keeps_its_people(gaz, body, value, ctype, side, day):
    assert _claim(gaz, body, value, day, ctype)["victim_side"] == side


# A region whose name is also its side's ("Tigray"): before a strike noun it is the place struck,
# not the attacker ("Death toll from Tigray air strike"); the Tigrayan forces' own names still attack
REGION_STRUCK = [
    ("Death toll from Tigray air strike at over 50, health official says", 50, "tigray"),
    ("Tigray drone strike kills 19 at camp for displaced, aid workers say", 19, "tigray"),
    ("A Tigray airstrike killed 11 people at a flour mill, doctors in Mekelle said.", 11, "tigray"),
    ("Air strike kills at least 7 in Ethiopia's Tigray after ceasefire, hospital says", 7, "tigray"),
    ("The army said a TPLF attack on a base in Amhara killed 20 soldiers.", 20, "ethiopia"),
    # a town named right before the verb is where the strike landed, not the speaker striking
    ("The Houthis said airstrikes on a district in the south of the capital, Sanaa, killed at least three "
     "people.", 3, "houthis"),
    ("Ukraine's air force said Russian drones hitting the capital, Kyiv, killed two people.", 2, "ukraine"),
]


@pytest.mark.parametrize("body,value,side", REGION_STRUCK)
def test_region_named_before_a_strike_is_struck(gaz, body, value, side):
    assert _claim(gaz, body, value, dt.date(2022, 1, 8))["victim_side"] == side


def _group(gaz, body: str, value: int, day: dt.date = dt.date(2025, 5, 1)) -> str:
    return _claim(gaz, body, value, day)["victim_group"]


# "N people, most of them civilians" / "mostly fighters": the share says the rest were of the
# other group, so the toll is mixed; "most of them tourists", "mostly women and children" and
# "all of them civilians" say who the people were
MOSTLY = [
    ("Hamas-led militants killed some 1,200 people, most of them civilians, Israeli officials said.", 1200, "mixed"),
    ("Israeli strikes have killed 600 people in Lebanon, mostly Hezbollah fighters, the health ministry said.", 600,
     "mixed"),
    ("The RSF attack on the town killed 75 people, most of them civilians, activists said.", 75, "mixed"),
    ("Clashes in Sweida killed 300 people, most of them Druze fighters, the monitor said.", 300, "mixed"),
    ("Gunmen killed 26 people, most of them tourists, police said.", 26, "civilian"),
    ("Air strikes on Saada killed 31 people, mostly women and children, officials said.", 31, "civilian"),
    ("The blast in Kharkiv killed 12 people, all of them civilians, the governor said.", 12, "civilian"),
]


@pytest.mark.parametrize("body,value,group", MOSTLY)
def test_toll_mostly_of_one_group_is_mixed(gaz, body, value, group):
    assert _group(gaz, body, value) == group


# "15 from the same family", "nine people of one family": a household hit at home is civilian
FAMILY = [
    ("Israeli strike kills 15 from same family, civil defence says", 15),
    ("Russian drone attack kills five from one family in Sumy region, governor says", 5),
    ("Nine people from the same family were killed when a shell hit their house, the ministry said.", 9),
    ("The strike killed 7 of the same family, residents said.", 7),
    ("An air strike killed 15 members of one family in Khan Younis, medics said.", 15),
]


@pytest.mark.parametrize("body,value", FAMILY)
def test_members_of_one_family_are_civilians(gaz, body, value):
    assert _group(gaz, body, value) == "civilian"


# "Russia's forces in Ukraine have lost 20,000": the place the losing forces are in is not the loser
FORCES_PLACED = [
    ("Russia's forces in Ukraine have lost more than 20,000 soldiers in February, according to data released "
     "by Kyiv's military.", 20000, "russia", dt.date(2025, 2, 20)),
    ("Russian troops in Ukraine have lost 1,000 soldiers in a day, Kyiv says.", 1000, "russia", dt.date(2025, 2, 20)),
    ("Israel's army in Gaza has lost 400 soldiers since the ground offensive began, the IDF said.", 400, "israel",
     dt.date(2024, 3, 1)),
    ("Sudan's army in Darfur has lost 300 troops this month, the RSF claimed.", 300, "sudan", dt.date(2024, 3, 1)),
    ("Wagner's units in Bakhmut were losing dozens of men a day, Prigozhin said.", 24, "russia", dt.date(2023, 3, 1)),
]


@pytest.mark.parametrize("body,value,side,day", FORCES_PLACED)
def test_forces_placed_before_a_loss_verb_lost_them(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# A government not at war (a peacekeeper's country) speaking of soldiers it does not name counts
# its own, whose country the gazetteer does not know: unknown, not the people of the place
NEUTRAL_ARMY = [
    ("The SANDF said two more soldiers had died of their wounds in Goma.", 2, "unknown"),
    ("South Africa's defence ministry said 13 soldiers were killed in fighting with M23 near Goma.", 13, "unknown"),
    ("The Malawi Defence Force said three soldiers were killed in eastern Congo.", 3, "unknown"),
    ("South African officials said 14 Congolese soldiers were killed near Sake.", 14, "drc"),
    ("The South African army said 20 M23 fighters were killed near Goma.", 20, "m23"),
]


@pytest.mark.parametrize("body,value,side", NEUTRAL_ARMY)
def test_neutral_army_counts_its_own_soldiers(gaz, body, value, side):
    assert _claim(gaz, body, value, dt.date(2025, 2, 1))["victim_side"] == side


# "47 soldiers and 84 Wagner fighters were killed": the people phrase of the first count stops at
# the next count; the second's names are its own
COORDINATED_COUNTS = [
    ("The Malian army said 47 soldiers and 84 Wagner fighters were killed in the ambush near Tinzaouaten.", 47,
     "mali", dt.date(2024, 7, 30)),
    ("The Malian army said 47 soldiers and 84 Wagner fighters were killed in the ambush near Tinzaouaten.", 84,
     "russia", dt.date(2024, 7, 30)),
    ("The army said 11 soldiers and 40 TTP militants were killed in the clash in North Waziristan.", 11, "pakistan",
     dt.date(2024, 3, 1)),
    ("The army said 11 soldiers and 40 TTP militants were killed in the clash in North Waziristan.", 40, "ttp",
     dt.date(2024, 3, 1)),
    ("Officials said five Israeli soldiers and 20 Hamas fighters were killed.", 20, "palestine", dt.date(2024, 3, 1)),
]


@pytest.mark.parametrize("body,value,side,day", COORDINATED_COUNTS)
def test_first_of_coordinated_counts_keeps_its_own_people(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# A headline label naming a side's attack before the colon names the attacker, not the people
# counted after it ("Houthi attack at Abha airport: nine injured"); a side's name alone still labels
LABELLED_ATTACK = [
    ("Houthi attack on Riyadh: two wounded by debris, Saudi officials say", 2, "saudi-arabia"),
    ("Hezbollah rocket attack on Haifa: four injured", 4, "israel"),
    ("Russian strike on Kharkiv: 12 dead, 40 wounded", 12, "ukraine"),
    ("Israeli air strikes on Gaza: at least 30 killed overnight", 30, "palestine"),
    ("- Russia: 2 military medics killed, 1 wounded", 2, "russia"),
]


@pytest.mark.parametrize("body,value,side", LABELLED_ATTACK)
def test_attack_label_names_the_attacker(gaz, body, value, side):
    assert _claim(gaz, body, value, dt.date(2024, 10, 2))["victim_side"] == side


# Fighters (or the dead, with no noun) of fighting between two named enemies, counted by neither,
# are of both sides: unknown, not the people of the place; a side's own count, named fighters,
# civilians, a war's label and a country's toll keep their side
BOTH_SIDES = [
    ("Over 100 fighters have been killed in clashes between Turkey-backed groups and Kurdish forces in northern "
     "Syria, the SOHR said.", 100, "unknown", dt.date(2024, 12, 22)),
    ("Dozens were killed in overnight Afghanistan-Pakistan border clashes, as the Taliban and Pakistani army "
     "trade fire.", 24, "unknown", dt.date(2025, 10, 12)),
    ("At least 50 civilians were killed in clashes between the army and the RSF in Khartoum, medics said.", 50,
     "sudan", dt.date(2024, 3, 1)),
    ("Armenia-Azerbaijan border clashes leave 49 Armenian soldiers dead, Yerevan says", 49, "armenia",
     dt.date(2022, 9, 14)),
    ("Russia-Ukraine war: 12 soldiers killed in shelling near Bakhmut", 12, "ukraine", dt.date(2022, 7, 29)),
    ("The death toll in Lebanon from the Hezbollah-Israeli confrontations has risen to 95, the ministry said.", 95,
     "lebanon", dt.date(2023, 12, 1)),
]


@pytest.mark.parametrize("body,value,side,day", BOTH_SIDES)
def test_fighters_of_fighting_between_two_enemies(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# Shooting named by its verb's noun has its agent after "by" as an attack noun has: "unprovoked
# firing by the Pakistan Army resulted in the deaths of 13", "shooting by Israeli forces killed 20"
FIRING_BY = [
    ("Israel-Gaza war. Shooting by Israeli forces near an aid site killed 20 people, medics said.", 20, "palestine",
     dt.date(2025, 6, 1)),
    ("Russia-Ukraine war. Firing by Russian troops killed two people, officials said.", 2, "ukraine",
     dt.date(2024, 7, 1)),
    ("India and Pakistan trade fire. Firing by the Pakistan Army resulted in the deaths of 13 people in Poonch, "
     "officials said.", 13, "india", dt.date(2025, 5, 7)),
    ("Sudan war. Shelling by the RSF resulted in the deaths of 12 people, activists said.", 12, "sudan",
     dt.date(2024, 7, 1)),
    ("Gunfire by Russian troops killed two residents of Kherson, the governor said.", 2, "ukraine",
     dt.date(2024, 7, 1)),
]


@pytest.mark.parametrize("body,value,side,day", FIRING_BY)
def test_agent_of_firing_is_the_attacker(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# A toll "among" a people is that people's: "the cumulative death toll among Palestinians"
TOLL_AMONG = [
    ("The cumulative death toll among Palestinians was at least 2,189, the UN said.", 2189, "palestine",
     dt.date(2014, 8, 20)),
    ("Casualties among Ukrainian civilians reached 120 this month, the UN mission said.", 120, "ukraine",
     dt.date(2024, 8, 20)),
    ("The death toll among Israeli soldiers rose to 66, the army said.", 66, "israel", dt.date(2014, 8, 20)),
    ("The death toll among Lebanese civilians has risen to 40, the health ministry said.", 40, "lebanon",
     dt.date(2024, 8, 20)),
    ("Losses among Russian conscripts exceeded 5,000, the monitor said.", 5000, "russia", dt.date(2024, 8, 20)),
]


@pytest.mark.parametrize("body,value,side,day", TOLL_AMONG)
def test_toll_among_a_people_is_theirs(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# ... and its group is theirs: civilians, soldiers, or a people's toll (mixed)
TOLL_AMONG_GROUP = [
    ("The death toll among Lebanese civilians has risen to 40, the health ministry said.", 40, "civilian"),
    ("Losses among Russian conscripts exceeded 5,000, the monitor said.", 5000, "military"),
    ("The cumulative death toll among Palestinians was at least 2,189, the UN said.", 2189, "mixed"),
    ("The death toll among Israeli soldiers rose to 66, the army said.", 66, "military"),
    ("Casualties among Ukrainian civilians reached 120 this month, the UN mission said.", 120, "civilian"),
]


@pytest.mark.parametrize("body,value,group", TOLL_AMONG_GROUP)
def test_toll_among_a_group(gaz, body, value, group):
    assert _group(gaz, body, value, dt.date(2024, 8, 20)) == group


# People who "surrendered to our forces" / "to us" are the speaker's enemy, even with "their families"
SURRENDERED_TO_US = [
    ("The Islamic State's last enclave is collapsing. Between 1,500 and 2,000 fighters and their families "
     "surrendered to our forces within 24 hours, the SDF spokesman wrote.", 1500, "islamic-state",
     dt.date(2019, 3, 10)),
    ('"More than 300 soldiers surrendered to us," an RSF commander said.', 300, "sudan", dt.date(2024, 3, 10)),
    ("The army said 40 militants surrendered to our troops in Bajaur, ISPR said.", 40, "ttp", dt.date(2024, 3, 10)),
    ("Ukraine's General Staff said 60 Russian soldiers surrendered to our forces near Kursk.", 60, "russia",
     dt.date(2024, 9, 10)),
    ("The Houthis said 200 fighters and their commanders surrendered to our forces in Marib.", 200, "yemen",
     dt.date(2021, 9, 10)),
]


@pytest.mark.parametrize("body,value,side,day", SURRENDERED_TO_US)
def test_surrendered_to_the_speaker_are_its_enemy(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day, "captured")["victim_side"] == side


# "Kiev lost up to 215 and over 230 soldiers": the loss verb before the first of coordinated counts
# has lost the second too
COORDINATED_LOSS = [
    ("The Russian Defence Ministry said Ukraine's losses were heavy. Russian forces lost 40 soldiers in the fighting, "
     "Moscow admitted. Battlegroup spokesmen said Kiev lost up to 215 and over 230 soldiers over the past 24 hours.",
     230, "ukraine", dt.date(2024, 3, 1)),
    ("Israel said 20 of its soldiers had died. The IDF said Hamas lost 150 and more than 200 fighters in Khan Younis.",
     200, "palestine", dt.date(2024, 3, 1)),
    ("Moscow said Ukraine had lost 120 troops in the Kursk direction and about 300 soldiers near Pokrovsk.", 300,
     "ukraine", dt.date(2024, 9, 1)),
]


@pytest.mark.parametrize("body,value,side,day", COORDINATED_LOSS)
def test_loss_verb_governs_coordinated_counts(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# "resulting in significant Taliban casualties, with over 15 militants confirmed dead": a count a
# "with" phrase adds to a side's toll noun is of that side
TOLL_WITH = [
    ("Pakistani forces responded effectively, resulting in significant Taliban casualties, with over 15 militants "
     "confirmed dead and many others wounded.", 15, "taliban", dt.date(2024, 12, 28)),
    ("Ukrainian troops repelled the assault, inflicting heavy Russian losses, with over 200 soldiers confirmed dead.",
     200, "russia", dt.date(2024, 12, 28)),
    ("The IDF said the raid caused heavy Hamas casualties, with at least 40 fighters killed.", 40, "palestine",
     dt.date(2024, 3, 1)),
    ("The army said the attack ended with RSF losses, with some 120 militiamen killed.", 120, "rsf",
     dt.date(2024, 3, 1)),
    ("The strike caused many casualties, with 12 people killed, officials said.", 12, "unknown", dt.date(2024, 3, 1)),
]


@pytest.mark.parametrize("body,value,side,day", TOLL_WITH)
def test_count_added_to_a_sides_toll(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side
