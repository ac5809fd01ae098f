"""Victim side and group, round 17: probes written for each change (not corpus sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract


def _claim(gaz, body: str, value: int, published: dt.date, ctype: str | None = None) -> dict:
    rows = [r for r in extract(gaz, body, published=published)
            if r["value_low"] == value and (ctype is None or r["casualty_type"] == ctype)]
    assert rows, (body, value)
    return rows[0]


# Myanmar: people where the resistance holds the ground (rural Sagaing, most of Kachin State)
# are the resistance's; towns the military holds stay myanmar's (CONVENTIONS, rulings with N-O)
RESISTANCE_GROUND = [
    ("A junta air strike on a monastery in Kanbalu township killed 17 villagers, local residents told "
     "Radio Free Asia.", 17, "myanmar-resistance"),
    ("Residents said 25 people, including nine children, died when fighter jets bombed a market in Sagaing region.",
     25, "myanmar-resistance"),
    ("An airstrike on a jade-mining town in Kachin State killed 30 civilians, the Kachin Independence "
     "Organisation said.", 30, "myanmar-resistance"),
    ("State media said 12 people were killed when rebels shelled Myitkyina.", 12, "myanmar"),
    ("Bombs dropped on Monywa killed four people, the regional government said.", 4, "myanmar"),
    ("The People's Defence Force said it killed 18 soldiers in an ambush in Sagaing.", 18, "myanmar"),
]


@pytest.mark.parametrize("body,value,side", RESISTANCE_GROUND)
def test_people_of_resistance_held_ground(gaz, body, value, side):
    assert _claim(gaz, body, value, dt.date(2024, 9, 1))["victim_side"] == side


# Soldiers called the state's ("junta soldiers", "government troops", "federal soldiers",
# "army soldiers") are the state's army in a civil war, whoever speaks; not "military
# personnel", a plain noun for any army's soldiers
STATE_FORCES = [
    ("Resistance fighters killed 25 junta soldiers in an ambush, the NUG said.", 25, "myanmar", dt.date(2024, 5, 1)),
    ("The Arakan Army said 40 junta troops were killed when it overran a base in Rakhine.", 40, "myanmar",
     dt.date(2024, 5, 1)),
    ("The RSF said it killed 300 army soldiers in El Fasher.", 300, "sudan", dt.date(2024, 5, 1)),
    ("Houthi media said 14 government troops were killed in Marib.", 14, "yemen", dt.date(2024, 5, 1)),
    ("M23 said it killed 60 government soldiers near Goma.", 60, "drc", dt.date(2024, 5, 1)),
    ("Syria: SOHR says 14 regime soldiers killed in ambush in Deir ez-Zor desert", 14, "syria", dt.date(2016, 5, 1)),
    ("The TPLF said 500 federal soldiers were killed in the fighting around Mekelle.", 500, "ethiopia",
     dt.date(2021, 6, 1)),
    ("The Taliban said they killed 30 government troops in Helmand.", 30, "afghanistan", dt.date(2019, 6, 1)),
    ("Kyiv says Russia has lost 1,200 military personnel in the past day.", 1200, "russia", dt.date(2024, 5, 1)),
]


@pytest.mark.parametrize("body,value,side,day", STATE_FORCES)
def test_state_forces_by_epithet(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# Israel's strikes on Assad's Syria (before December 2024) are a war of the gazetteer
# (israel-syria): the soldiers they killed are Syria's
ISRAEL_SYRIA = [
    ("Israeli raids on Syria killed 12 soldiers overnight, the Syrian Observatory for Human Rights said.", 12,
     "syria", dt.date(2019, 7, 1)),
    ("Israeli air strikes in Syria killed nine people, a war monitor said.", 9, "syria", dt.date(2019, 7, 1)),
    ("Four soldiers were killed in an Israeli missile attack on an air base in central Syria, Syrian state media "
     "reported.", 4, "syria", dt.date(2021, 2, 1)),
    ("An Israeli strike on Damascus airport killed two soldiers, state media said.", 2, "syria", dt.date(2022, 6, 10)),
    ("Israeli strikes killed five Iranian military advisers near Damascus, the Revolutionary Guards said.", 5,
     "iran", dt.date(2023, 12, 26)),
    ("Israeli strikes on Damascus killed three people and wounded 34, the health ministry said.", 3,
     "syria-transitional", dt.date(2025, 7, 20)),
]


@pytest.mark.parametrize("body,value,side,day", ISRAEL_SYRIA)
def test_israel_strikes_on_syria(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# The speaker as the striker: "said its strikes had killed", "said it struck ..., killing 12",
# "its strikes had killed 30 commanders and 11 scientists" (the second object too): the
# speaker's enemy, not its own people
SPEAKER_STRUCK = [
    ("The IDF said it struck Hezbollah positions in southern Lebanon, killing 12 operatives.", 12, "hezbollah",
     dt.date(2024, 6, 20)),
    ("Russia's defence ministry said its strikes killed 300 servicemen in the Kharkiv region.", 300, "ukraine",
     dt.date(2024, 6, 20)),
    ("The Ukrainian general staff said its drones had destroyed a column near Pokrovsk, killing 40 soldiers.", 40,
     "russia", dt.date(2024, 6, 20)),
    ("Iran said 78 people had been killed. The Israeli military said its strikes had killed around 30 senior "
     "commanders and 11 nuclear scientists.", 11, "iran", dt.date(2025, 6, 20)),
    ("The RSF said its fighters had killed 120 soldiers and 30 militiamen near El Obeid.", 30, "sudan",
     dt.date(2024, 6, 20)),
]


@pytest.mark.parametrize("body,value,side,day", SPEAKER_STRUCK)
def test_speaker_as_striker(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# An incident's toll of "people" whose only part told is children or women is civilian; a
# health ministry's stays mixed (CONVENTIONS, victim group), and so does "Health Minister X said"
BREAKDOWN_GROUPS = [
    ("A Russian missile hit Dnipro on Friday, killing 11 people, including three children, the regional governor "
     "said.", 11, "civilian"),
    ("Israeli strikes on Rafah killed 20 people, among them eight women, witnesses said.", 20, "civilian"),
    ("The blast killed nine people including two girls, police said.", 9, "civilian"),
    ("Gaza's health ministry said 40 people were killed, including 12 children.", 40, "mixed"),
    ("Health Minister Firass Abiad said 15 people had been killed, including two children.", 15, "mixed"),
    ("Shelling killed six people, including two soldiers, officials said.", 6, "mixed"),
    ("The strike killed 30 people, including 10 children and 5 fighters.", 30, "mixed"),
]


@pytest.mark.parametrize("body,value,group", BREAKDOWN_GROUPS)
def test_people_with_a_civilian_breakdown(gaz, body, value, group):
    assert _claim(gaz, body, value, dt.date(2024, 6, 20), "killed")["victim_group"] == group


# Hostages seized on a state's own ground are that state's people: armed groups hold
# hostages on their ground (Gaza), a state's towns are where its people were seized
HOSTAGES = [
    ("Gunmen seized a passenger train near Quetta. The army said 21 hostages were killed before the rescue.", 21,
     "pakistan", dt.date(2025, 3, 14)),
    ("Militants stormed a school in Bannu and took hostages. Police in Bannu said 12 hostages died.", 12, "pakistan",
     dt.date(2025, 3, 14)),
    ("Russian forces took 40 hostages to Russia from Kherson, Ukrainian officials said.", 40, "ukraine",
     dt.date(2023, 3, 14)),
    ("Israel said four hostages held in Gaza were killed.", 4, "israel", dt.date(2024, 6, 1)),
    ("Of the 120 hostages in Gaza, 40 are believed dead, Israeli officials said.", 40, "israel", dt.date(2024, 6, 1)),
    ("Hamas said 70 hostages had been killed in Israeli air strikes on Gaza.", 70, "israel", dt.date(2024, 6, 1)),
]


@pytest.mark.parametrize("body,value,side,day", HOSTAGES)
def test_hostages_side(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# A civil war's toll since its start names the country's population, wherever the
# document's other counts were ("since the coup", "since the outbreak of fighting", "all
# conflict deaths"), not the side whose towns the document names most
WAR_WIDE = [
    ("A junta airstrike killed 30 villagers in Sagaing region. The AAPP says security forces have killed more than "
     "5,000 civilians since the coup.", 5000, "myanmar", dt.date(2024, 9, 1)),
    ("Fighting raged in Sagaing and Kachin State. ACLED, which counts all conflict deaths, puts the total at 50,000.",
     50000, "myanmar", dt.date(2024, 9, 1)),
    ("Houthi officials said 12 people were killed in Saada. The UN says more than 150,000 people have died since the "
     "start of the war.", 150000, "yemen", dt.date(2024, 3, 1)),
    ("RSF fighters shelled El Fasher. The UN says 20,000 civilians have been killed since the outbreak of fighting.",
     20000, "sudan", dt.date(2024, 3, 1)),
    # a war named by its country's possessive
    ("US strikes hit Sanaa and Saada. Yemen's decade-long war has killed more than 150,000 people, according to "
     "ACLED.", 150000, "yemen", dt.date(2025, 3, 16)),
    ("RSF drones hit El Fasher. Sudan's civil war has killed at least 20,000 civilians, the UN says.", 20000, "sudan",
     dt.date(2025, 3, 16)),
    ("Israeli strikes hit Khan Younis. Israel's war on Gaza has killed more than 48,000 people, the health ministry "
     "says.", 48000, "palestine", dt.date(2025, 3, 16)),
]


@pytest.mark.parametrize("body,value,side,day", WAR_WIDE)
def test_war_wide_tolls(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# A ticker's or live blog's item labelled after its time stamp: "4 Oct, 17:30 - Tigray: ..."
TICKER = ("Conflict ticker\n\n"
          "1 Oct, 09:00 - Ukraine: Russian shelling of Nikopol kills four, governor says\n\n"
          "4 Oct, 17:30 - Tigray: aid workers say air strike on school sheltering displaced people killed more than 50\n\n"
          "5 Oct, 08:15 - Sudan: 12 killed in clashes in Blue Nile, officials say\n\n"
          "5 Oct, 10:40 - Myanmar: villagers say 14 were killed when helicopters fired on a village")


@pytest.mark.parametrize("value,side", [(4, "ukraine"), (50, "tigray"), (12, "sudan"), (14, "myanmar")])
def test_ticker_item_labels(gaz, value, side):
    assert _claim(gaz, TICKER, value, dt.date(2022, 10, 5))["victim_side"] == side


# The era a document is read in: a year after "since" starts a period that runs to the day of
# writing, so it does not move a 2025 text back to Assad's Syria; a retrospective still is
ERAS = [
    ("Clashes in Jaramana killed 11 Syrian soldiers, the interior ministry said, the deadliest there since "
     "October 2023.", 11, "syria-transitional", dt.date(2025, 5, 13)),
    ("Syria: 11 dead in clashes between security forces and Druze gunmen, the interior ministry says. The drone "
     "was the 22nd downed since October 2023.", 11, "syria-transitional", dt.date(2025, 5, 13)),
    ("A suicide bomber killed 21 Afghans in Kandahar, the deadliest attack in the city since 2019, officials said.",
     21, "taliban", dt.date(2024, 3, 1)),
    ("Survivors of Saydnaya describe torture between 2012 and 2015. Amnesty said 13,000 Syrians were hanged there, "
     "the worst toll since 2011.", 13000, "syria", dt.date(2025, 2, 1)),
]


@pytest.mark.parametrize("body,value,side,day", ERAS)
def test_eras_since(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# A figure said of a side's toll noun earlier in its clause, without a people noun of its own
TOLL_SUBJECTS = [
    ("Western officials say Russian losses are far greater, perhaps 700,000 killed and wounded.", 700000, "russia"),
    ("British intelligence put Russian losses at 450,000 dead and wounded.", 450000, "russia"),
    ("Ukraine's general staff said 1,200 soldiers were killed on Tuesday. Western officials say Russian losses are "
     "far greater, perhaps 700,000 killed and wounded.", 700000, "russia"),
    ("Ukrainian casualties stood at 100,000 killed and wounded, the Pentagon estimates.", 100000, "ukraine"),
    ("Russian losses in the last day were 1,100 dead and wounded, Kyiv said.", 1100, "russia"),
]


@pytest.mark.parametrize("body,value,side", TOLL_SUBJECTS)
def test_toll_subjects(gaz, body, value, side):
    assert _claim(gaz, body, value, dt.date(2024, 6, 1))["victim_side"] == side


# A count without a noun at a civilian site the sentence names (not a hospital, where the
# dead are brought as often as hit) is civilian, before the document's usual group
BARE_AT_SITES = [
    ("The army said 12 soldiers were killed in the fighting. Later a drone struck a market in the town, killing nine.",
     9, "civilian"),
    ("The army said 12 soldiers were killed in the fighting. An air strike on a school sheltering displaced families "
     "killed more than 30.", 30, "civilian"),
    ("The army said 12 soldiers were killed. Three more died at the military hospital, it said.", 3, "military"),
    ("Russian forces shelled Kharkiv overnight, the governor said. A missile hit a shopping mall, killing 14.", 14,
     "civilian"),
]


@pytest.mark.parametrize("body,value,group", BARE_AT_SITES)
def test_bare_counts_at_civilian_sites(gaz, body, value, group):
    assert _claim(gaz, body, value, dt.date(2024, 6, 20))["victim_group"] == group


# Foreigners fighting in a belligerent's army are that army's side (CONVENTIONS, H-M)
FOREIGN_FIGHTERS = [
    ("12 Indians killed fighting for Russia, 16 missing, says MEA", 12, "russia"),
    ("The ministry said 12 Indian nationals who had been serving in the Russian army have been killed in the war in "
     "Ukraine, and that 16 others remain missing.", 12, "russia"),
    ("Sri Lanka's defence ministry has said 59 Sri Lankans were killed while fighting for Russia.", 59, "russia"),
    ("Seoul says about 100 North Korean soldiers deployed with Russian forces in Kursk have been killed.", 100,
     "russia"),
    ("Three Colombians who fought for Ukraine were killed near Bakhmut, their families said.", 3, "ukraine"),
    # a place after "in" is where they fought, not whose army they served in
    ("At least 40 Russian soldiers serving in Ukraine's Donetsk region were killed.", 40, "russia"),
]


@pytest.mark.parametrize("body,value,side", FOREIGN_FIGHTERS)
def test_foreign_fighters(gaz, body, value, side):
    assert _claim(gaz, body, value, dt.date(2024, 6, 1))["victim_side"] == side


# An armed group calls its own men fighters; the soldiers it counts are the state's army
ARMED_GROUPS_SOLDIERS = [
    ("The TDF said 128 soldiers were killed and 59 wounded in the operation.", 128, "ethiopia", dt.date(2021, 6, 1)),
    ("The TTP claimed its fighters had killed 25 soldiers in the ambush.", 25, "pakistan", dt.date(2024, 6, 1)),
    ("The RSF said 300 soldiers were killed when it captured the base.", 300, "sudan", dt.date(2024, 6, 1)),
    ("M23 said 60 soldiers had surrendered in Goma.", 60, "drc", dt.date(2025, 1, 28)),
    ("The Arakan Army said 40 soldiers were killed when it overran the base.", 40, "myanmar", dt.date(2024, 6, 1)),
    ("Hezbollah said two of its fighters were killed.", 2, "hezbollah", dt.date(2024, 6, 1)),
]


@pytest.mark.parametrize("body,value,side,day", ARMED_GROUPS_SOLDIERS)
def test_armed_groups_count_the_states_soldiers(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side


# "people" killed by one strike from afar are civilian unless a health ministry counts them in
# the sentence (its tolls mix fighters and civilians) or the count is a war's
STRIKE_PEOPLE = [
    ("A Russian missile strike on Odesa killed at least five people and injured 32, local officials said.", 5,
     "civilian"),
    ("Israeli air strikes killed 12 people in Khan Younis, witnesses said.", 12, "civilian"),
    ("Drone attacks on El Fasher killed 13 people, activists said.", 13, "civilian"),
    ("Gaza's health ministry said Israeli strikes killed 40 people.", 40, "mixed"),
    ("Fighting in the town killed 20 people, officials said.", 20, "mixed"),
]


@pytest.mark.parametrize("body,value,group", STRIKE_PEOPLE)
def test_people_killed_by_a_strike(gaz, body, value, group):
    assert _claim(gaz, body, value, dt.date(2024, 6, 20), "killed")["victim_group"] == group


# Group nouns of two words or an army's jargon: "service members", "Houthi elements"
GROUP_NOUNS = [
    ("The Pentagon says 13 American service members were killed and 45 were wounded.", 13, "military"),
    ("The coalition said its strikes had killed more than 180 Houthi elements around Marib.", 180, "military"),
    ("Two service personnel died in the crash, the ministry said.", 2, "military"),
    ("The army said it killed 12 terrorist elements in an operation.", 12, "military"),
]


@pytest.mark.parametrize("body,value,group", GROUP_NOUNS)
def test_group_nouns(gaz, body, value, group):
    assert _claim(gaz, body, value, dt.date(2024, 6, 20), "killed")["victim_group"] == group


# An armed group's "enemy" is the state it fights (not that state's ally beside it), also
# when "enemy" names the toll the figure is said of ("enemy losses amounted to 400 killed")
ENEMY_OF_ARMED_GROUPS = [
    ("Eritrean troops fought alongside federal forces. Tigrayan authorities said more than 93,000 enemy forces were "
     "killed and wounded.", 93000, "ethiopia", dt.date(2021, 7, 1)),
    ("The RSF said enemy losses amounted to 400 killed.", 400, "sudan", dt.date(2024, 6, 1)),
    ("The Qassam Brigades said they killed 15 enemy soldiers in Rafah.", 15, "israel", dt.date(2024, 6, 1)),
    ("The Taliban said 25 enemy soldiers were killed in Helmand.", 25, "afghanistan", dt.date(2019, 6, 1)),
    ("Hezbollah said it inflicted heavy losses on the enemy, killing 12 enemy soldiers.", 12, "israel",
     dt.date(2024, 6, 1)),
]


@pytest.mark.parametrize("body,value,side,day", ENEMY_OF_ARMED_GROUPS)
def test_enemy_of_armed_groups(gaz, body, value, side, day):
    assert _claim(gaz, body, value, day)["victim_side"] == side
