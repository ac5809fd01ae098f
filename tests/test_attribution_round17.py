"""Attribution, round 17: claimant constructions found in the errors of parts N-O and real text r1-r4.
Every sentence here was written for these tests (other wars, outlets and word orders than the corpus's)."""

import datetime as dt

import pytest

from conftest import extract as run


def sides(rows):
    """(figure, claimant_side) of each claim, in order."""
    return [(r["value_low"] if r["value_low"] is not None else r["value_high"], r["claimant_side"]) for r in rows]


# ---- ticker and live-blog entries: a time stamp, with or without its date, before the source ---------


@pytest.mark.parametrize("body, published, expected", [
    ("21 Sep, 09:45 - Shoigu: 5,937 Russian soldiers killed since February", dt.date(2022, 9, 21), "russia"),
    ("Sept 21, 2022, 09:45 - Shoigu: 5,937 Russian soldiers killed since February", dt.date(2022, 9, 21), "russia"),
    ("12 March 2024 14:05 — Gaza health ministry: 31 killed in Rafah strike", dt.date(2024, 3, 12), "palestine"),
    ("30 Sep, 13:25 - Taliban police spokesman: 19 killed, 27 wounded in Kabul", dt.date(2022, 9, 30), "taliban"),
    ("Oct 4, 17:30 - Kherson governor: 3 killed in Russian shelling of the city", dt.date(2022, 10, 4), "ukraine"),
    ("3 May 11.20 - IDF: 40 Hamas terrorists eliminated in Khan Younis", dt.date(2024, 5, 3), "israel"),
])
def test_ticker_entry_opens_with_its_source(gaz, body, published, expected):
    rows = run(gaz, body, title="Ticker", published=published)
    assert rows and {s for _, s in sides(rows)} == {expected}


@pytest.mark.parametrize("body", [
    "Updated 09:45 - Sudan: 40 killed in El Fasher shelling",  # a country before the colon is the topic
    "Putin's war: 3 killed in Kherson shelling",
])
def test_topic_before_colon_is_no_source(gaz, body):
    assert {s for _, s in sides(run(gaz, body, title="Ticker", published=dt.date(2024, 3, 1)))} == {"author"}


# ---- a place between the reporting verb and the role after it ---------------------------------------


@pytest.mark.parametrize("body, expected", [
    ("Izium exhumations end: 447 bodies recovered, says Kharkiv governor", "ukraine"),
    ("Three people were killed in the shelling of the town, said Donetsk regional governor Pavlo Kyrylenko.",
     "ukraine"),
    ("Twelve people died when a drone hit a bus, said the Kherson regional governor.", "ukraine"),
    ("Drone strike kills 4 in Belgorod, says regional governor", "russia"),
    ("Kherson governor: 3 killed in Russian shelling of the city", "ukraine"),
])
def test_place_of_the_role_after_the_verb(gaz, body, expected):
    rows = run(gaz, body, title="Report", published=dt.date(2022, 10, 1))
    assert rows and {s for _, s in sides(rows)} == {expected}


# ---- an envoy is his state's, not the body he is sent to ------------------------------------------------


@pytest.mark.parametrize("body, published, expected", [
    ("On 13 June Iran's ambassador to the UN, Amir Saeid Iravani, told the Security Council that 78 people had "
     "been killed.", dt.date(2025, 6, 20), "iran"),
    ("Russia's envoy to the United Nations, Vassily Nebenzia, said 30 civilians were killed in Belgorod.",
     dt.date(2024, 3, 1), "russia"),
    ("Israel's ambassador to the UN, Gilad Erdan, said 1,200 people were killed on 7 October.",
     dt.date(2023, 10, 20), "israel"),
    ("Sudan's ambassador to the UN said the RSF had killed 2,000 civilians in El Geneina.", dt.date(2024, 3, 1),
     "sudan"),
    ("Speaking to the UN Security Council, Pakistan's envoy to the UN said 40 civilians had been killed by Indian "
     "strikes.", dt.date(2025, 5, 10), "pakistan"),
    ("The UN envoy for Sudan, Ramtane Lamamra, said 150 civilians had been killed in El Fasher.",
     dt.date(2024, 3, 1), "third_party"),
])
def test_envoy_to_a_body_speaks_for_his_state(gaz, body, published, expected):
    assert sides(run(gaz, body, published=published))[0][1] == expected


# ---- a relative clause between the subject and its verb: its names are not the subject --------------------


@pytest.mark.parametrize("body, published, expected", [
    ("The US-based Human Rights Activists News Agency (HRANA), which compiles reports from its network inside Iran, "
     "counted 1,190 people killed.", dt.date(2025, 7, 1), "third_party"),
    ("Airwars, which tracks civilian harm from strikes in Syria and Iraq, estimated that 1,400 civilians were killed "
     "in Raqqa.", dt.date(2018, 3, 1), "third_party"),
    ("The Observatory, which relies on a network of sources in Syria, said 15 fighters were killed.",
     dt.date(2024, 3, 1), "third_party"),
    ("Amnesty International, whose researchers visited Kherson, said 20 civilians were killed.",
     dt.date(2023, 3, 1), "third_party"),
    ("Inter-Services Public Relations (ISPR), the military's media wing, said 12 soldiers were martyred.",
     dt.date(2024, 3, 1), "pakistan"),
])
def test_names_inside_a_relative_clause_are_not_the_subject(gaz, body, published, expected):
    assert sides(run(gaz, body, published=published))[0][1] == expected


# ---- gazetteer actors: press-freedom and medical rights groups, counting projects, regional blocs, ----------
# ---- governments that are no side (SADC troop contributors), other spellings of a known speaker ------------


@pytest.mark.parametrize("body, published, expected", [
    ("The Committee to Protect Journalists says more than 180 journalists have been killed in Gaza.",
     dt.date(2025, 3, 1), ("cpj", "third_party")),
    ("Reporters Without Borders said 12 journalists had been killed in Ukraine since February.",
     dt.date(2022, 9, 1), ("cpj", "third_party")),
    ("Physicians for Human Rights said 12 health workers were killed in strikes on clinics in Kharkiv.",
     dt.date(2023, 3, 1), ("phr", "third_party")),
    ("The volunteer project UALosses has compiled the names of more than 70,000 Ukrainian dead.",
     dt.date(2025, 3, 1), ("ualosses", "third_party")),
    ("South Africa later raised its own toll to 14 soldiers.", dt.date(2025, 2, 1),
     ("south-africa-government", "third_party")),
    ("The SANDF said two more soldiers had died of their wounds in Goma.", dt.date(2025, 2, 1),
     ("south-africa-government", "third_party")),
    ("SADC said 13 of its peacekeepers had been killed in fighting near Sake.", dt.date(2025, 2, 1),
     ("regional-blocs", "third_party")),
    ("Olusegun Obasanjo said that an estimated 600,000 people were killed in the war in Tigray.",
     dt.date(2023, 1, 20), ("african-union", "third_party")),
    ("Prigozin: 20,000 Wagner fighters dead in Bakhmut", dt.date(2023, 5, 24), ("russia-wagner", "russia")),
])
def test_gazetteer_actors_round17(gaz, body, published, expected):
    row = run(gaz, body, published=published)[0]
    assert (row["claimant"], row["claimant_side"]) == expected


# ---- a role in apposition to a named speaker is that speaker, and names it from then on --------------------


@pytest.mark.parametrize("title, body, published, expected", [
    ("Border clashes", "Armenia's defence ministry said 49 soldiers had been killed. Azerbaijan disputes Armenia's "
     "account. Later, the defence ministry spokesman, Anar Eyvazov, said 50 Azerbaijani servicemen had been killed. "
     "On Thursday the ministry said in a statement that 71 servicemen had been killed in total.",
     dt.date(2022, 9, 15), ["armenia", "azerbaijan", "azerbaijan"]),
    ("Pakistan", "India's army said 40 Pakistani soldiers were killed. Pakistan disputes India's account. The military "
     "spokesman, Lieutenant General Ahmed Sharif Chaudhry, said 26 civilians had been killed. On 13 May the military "
     "said in a statement that 40 civilians had been killed.", dt.date(2025, 5, 20), ["india", "pakistan", "pakistan"]),
    ("Sudan", "The RSF said it had killed 300 soldiers. The army spokesman, Brigadier Nabil Abdallah, said 40 civilians "
     "had been killed by RSF shelling. On Sunday the army said in a statement that 60 RSF fighters had been killed.",
     dt.date(2024, 3, 1), ["rsf", "sudan", "sudan"]),
    ("Gaza", "The Israeli military said 20 Hamas fighters were killed. Hamas rejects the Israeli account. The group's "
     "spokesman, Abu Obeida, said 12 Israeli soldiers were killed in the ambush.", dt.date(2024, 3, 1),
     ["israel", "palestine"]),
])
def test_role_in_apposition_is_the_named_speaker(gaz, title, body, published, expected):
    assert [s for _, s in sides(run(gaz, body, title=title, published=published))] == expected


# ---- "the health ministry", "the interior ministry": the ministry named before with that field ------------


@pytest.mark.parametrize("title, body, published, expected", [
    ("Gaza", "The Ministry of Health in the Gaza Strip announced that 404 people were killed. The Israeli military "
     "said it had struck dozens of targets. UNICEF said 130 children were among the dead. By Wednesday evening the "
     "health ministry had raised the toll of the strikes to 436 killed.", dt.date(2025, 3, 19),
     ["palestine", "third_party", "palestine"]),
    ("Ukraine", "Ukraine's interior ministry said 14 people were killed in Dnipro. Russia's defence ministry said it "
     "had struck military targets. The interior ministry later said the toll had risen to 20.", dt.date(2024, 3, 1),
     ["ukraine", "ukraine"]),
    ("Roundup", "Yemen: the Houthi-run health ministry said 12 people were killed in US strikes on Hodeidah. Gaza: the "
     "health ministry said 40 people were killed in Khan Younis.", dt.date(2025, 4, 20), ["houthis", "palestine"]),
])
def test_ministry_called_by_its_field(gaz, title, body, published, expected):
    assert [s for _, s in sides(run(gaz, body, title=title, published=published))] == expected


# ---- title-case headlines: their capitalised verbs and nouns are no names ---------------------------------


@pytest.mark.parametrize("title, published, expected", [
    ("Afghan Officials Say Taliban Attacks Killed 16 Security Forces", dt.date(2020, 6, 1), "afghanistan"),
    ("Ukrainian Officials Say Russian Strike Killed 12 in Kharkiv", dt.date(2024, 3, 1), "ukraine"),
    ("Gaza Health Ministry Says Israeli Strikes Killed 40", dt.date(2024, 3, 1), "palestine"),
    ("Kharkiv Mayor Says Russian Missiles Killed 7", dt.date(2024, 3, 1), "ukraine"),
    ("Residents Say Israeli Strike Killed 12 In Rafah", dt.date(2024, 3, 1), "palestine"),
    ("Local officials say RSF shelling killed 30 in El Fasher", dt.date(2024, 3, 1), "sudan"),
])
def test_title_case_headline_verbs(gaz, title, published, expected):
    rows = run(gaz, "Fighting went on.", title=title, published=published)
    assert [s for _, s in sides(rows)] == [expected]


# ---- a list announced as the breakdown of the count just given is that count's source's --------------------


@pytest.mark.parametrize("body, published, expected", [
    ("The UN human rights office said it had verified the deaths of 120 civilians in Kharkiv region.\n\n"
     "The dead are distributed as follows:\n\n54 men, 38 women and 28 children.", dt.date(2024, 3, 1),
     "third_party"),
    ("Sudan's health ministry said 75 people were killed in the attack on the market.\n\nAmong the dead:\n\n"
     "- 23 children\n- 12 women", dt.date(2024, 3, 1), "sudan"),
    ("Airwars said it had documented 400 civilian deaths in Mosul in March.\n\nThose killed include:\n\n"
     "120 children and 90 women.", dt.date(2017, 5, 1), "third_party"),
])
def test_breakdown_list_keeps_the_source(gaz, body, published, expected):
    assert {s for _, s in sides(run(gaz, body, published=published))} == {expected}


def test_list_of_other_deaths_is_not_a_breakdown(gaz):
    body = "The army said it had killed 30 militants.\n\nThe following were killed in other incidents:\n\nFour civilians in Kunar."
    assert sides(run(gaz, body, published=dt.date(2017, 5, 1)))[-1] == (4, "author")


# ---- a headline signed with the source's text ('...: General Staff daily update'); a loss table 'as follows:'


@pytest.mark.parametrize("title, expected", [
    ("11 soldiers martyred in Orakzai operation - ISPR statement", "pakistan"),
    ("Israeli strikes kill 40 in Gaza: Gaza Health Ministry update", "palestine"),
])
def test_headline_signed_with_a_text(gaz, title, expected):
    rows = run(gaz, "The fighting continued.", title=title, published=dt.date(2025, 6, 12))
    assert [s for _, s in sides(rows)] == [expected]


def test_loss_table_announced_as_follows(gaz):
    body = ("The General Staff of the Armed Forces of Ukraine said on Thursday that Russia had lost 1,000 troops over "
            "the past day.\n\nThe approximate losses of the enemy as of 12 June 2025 are as follows:\n\n"
            "Personnel: about 1,000,340 (+1,140)\n\nTanks: 10,933 (+5)")
    assert {s for _, s in sides(run(gaz, body, title="Update", published=dt.date(2025, 6, 12)))} == {"ukraine"}


def test_other_figures_as_follows_are_not_a_breakdown(gaz):
    body = ("The Israeli military said its troops had killed 30 militants in Jenin.\n\n"
            "The figures for the past week are as follows:\n\nGaza: 120 killed.")
    assert sides(run(gaz, body, title="Update", published=dt.date(2024, 6, 12)))[-1] == (120, "author")


def test_lebanese_health_emergency_centre_is_the_ministry(gaz):
    body = ("The Public Health Emergency Operations Centre announces that the explosions of wireless devices resulted "
            "in 20 martyrs and more than 450 wounded.")
    rows = run(gaz, body, published=dt.date(2024, 9, 18))
    assert {(r["claimant"], r["claimant_side"]) for r in rows} == {("lebanon-health", "lebanon")}


# ---- "a (local) official" is a new source of the place, not the body named before ------------------------


@pytest.mark.parametrize("body, published, expected", [
    ("Israel said it had struck Hezbollah targets in southern Lebanon. A local official in Nabatieh said 12 people "
     "were killed.", dt.date(2024, 10, 1), "lebanon"),
    ("Russia said it had repelled the attack. A regional official in Kharkiv said five people were killed in the "
     "strike.", dt.date(2024, 3, 1), "ukraine"),
    ("Pakistan's army said it had killed 12 militants. A railway official in Quetta said 10 bodies had been brought "
     "to the city.", dt.date(2025, 3, 12), "pakistan"),
    ("As Azerbaijan launched its operation in Nagorno-Karabakh, a separatist official from the region reported that "
     "more than 200 people had been killed.", dt.date(2023, 9, 21), "armenia"),
])
def test_indefinite_official_is_of_the_place(gaz, body, published, expected):
    assert sides(run(gaz, body, published=published))[-1][1] == expected


@pytest.mark.parametrize("body, expected", [
    ("The governor of Kherson shared on Telegram that three people were killed in shelling.", "ukraine"),
    ("The mayor of Dnipro shared on Facebook: 12 people have died.", "ukraine"),
    ("The ombudsman for the Karabakh region shared on social media: \"There are at least 200 killed.\"", "armenia"),
])
def test_shared_after_the_speakers_phrase(gaz, body, expected):
    published = dt.date(2023, 9, 21) if "Karabakh" in body else dt.date(2024, 3, 1)
    assert {s for _, s in sides(run(gaz, body, published=published))} == {expected}


# ---- a side's own name over a headline colon counting its enemy's soldiers speaks -------------------------


@pytest.mark.parametrize("title, expected", [
    ("Russia: 1400 Ukrainian Soldiers Killed In Donetsk, Luhansk Over 24 Hours", "russia"),
    ("Ukraine: 500 Russian troops killed near Bakhmut", "ukraine"),
    ("Azerbaijan: 50 Armenian servicemen killed in border clashes", "azerbaijan"),
    ("Sudan: 400 killed in El Fasher", "author"),  # its own people: the topic
    ("Ukraine: 12 civilians killed in Russian strike on Kharkiv", "author"),
])
def test_side_name_over_enemy_soldiers_count(gaz, title, expected):
    rows = run(gaz, "Fighting continued.", title=title, published=dt.date(2023, 6, 1))
    assert [s for _, s in sides(rows)] == [expected]


@pytest.mark.parametrize("body, published", [
    ("Yemen's Huthis claimed three people were killed and two others wounded in strikes on Hodeida.",
     dt.date(2024, 1, 20)),
    ("The Huthi-run health ministry said 12 people were killed in US strikes on Sanaa.", dt.date(2025, 4, 20)),
])
def test_afp_spelling_of_the_houthis(gaz, body, published):
    assert {s for _, s in sides(run(gaz, body, published=published))} == {"houthis"}


# ---- anonymous social-media posts, channels and accounts are third parties; a speaker's own post is not one ---


@pytest.mark.parametrize("body, expected", [
    ("Claim: A post shared widely on social media says \"more than 500 Pakistani soldiers\" were killed.",
     "third_party"),
    ("The dead included 51 Hezbollah fighters and 31 civilians, according to a channel dedicated to the village on "
     "the Telegram app.", "third_party"),
    ("An anonymous Telegram channel claimed 200 Russian soldiers were killed in the strike.", "third_party"),
    ("Kyiv's mayor said in a post on Telegram that 12 people were killed.", "ukraine"),
])
def test_anonymous_posts_are_third_parties(gaz, body, expected):
    assert {s for _, s in sides(run(gaz, body, published=dt.date(2025, 5, 20)))} == {expected}


# ---- a briefing transcript: a bare "SPOKESPERSON:" label speaks for the body the title names ----------------


@pytest.mark.parametrize("title, body, published, expected", [
    ("Daily press briefing by the Office of the Spokesperson for the Secretary-General",
     "SPOKESPERSON: Good afternoon. Some 2,000 bodies have been buried in Goma.\n\nQUESTION: Do you have a "
     "breakdown?\n\nSPOKESPERSON: No. About 700 people were killed last week.", dt.date(2025, 2, 4),
     ["third_party", "third_party"]),
    ("Briefing by the Israeli military spokesman",
     "SPOKESMAN: Good evening. Our forces killed 40 terrorists in Khan Younis today.\n\nQUESTION: Any losses?",
     dt.date(2024, 3, 1), ["israel"]),
])
def test_spokesperson_label_is_the_title_body(gaz, title, body, published, expected):
    assert [s for _, s in sides(run(gaz, body, title=title, published=published))] == expected


# ---- a figure a body never confirmed is not that body's -----------------------------------------------------


@pytest.mark.parametrize("second, expected", [
    ("A figure of 4,000 wounded circulated on social media but was never confirmed by the ministry.", "author"),
    ("An earlier toll of 60, which was not confirmed by the ministry, had circulated online.", "author"),
    ("A toll of 60 was later confirmed by the ministry.", "palestine"),
])
def test_unconfirmed_figure_is_not_the_ministrys(gaz, second, expected):
    body = "Gaza's health ministry said 40 people were killed. " + second
    assert sides(run(gaz, body, published=dt.date(2024, 9, 20)))[-1][1] == expected
