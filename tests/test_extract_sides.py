"""Victim side and victim group on sentences written for these tests."""

import datetime as dt

from conftest import extract as run

# texts of the Afghan war before the Taliban took Kabul (15 August 2021)
BEFORE_KABUL = dt.date(2019, 6, 1)


def sides(rows):
    return [(r["value_low"] if r["value_low"] is not None else r["value_high"], r["victim_side"]) for r in rows]


def test_militants_are_the_enemy_the_document_is_about(gaz):
    # Turkey fights several enemies; the one this text is about is the SDF
    body = ("Turkey's defence ministry said 40 militants were neutralised in northern Syria. "
            "The SDF said the Kurdish-led force had repelled the attack, and SDF commanders "
            "accused Ankara of shelling villages held by the SDF.")
    assert sides(run(gaz, body))[0] == (40, "sdf")


def test_sponsored_fighters_are_not_the_sponsor(gaz):
    body = ("The monitor said it had recorded the deaths of 31 Turkish-backed fighters and 12 "
            "US-backed SDF fighters in the clashes.")
    assert sides(run(gaz, body)) == [(31, "syrian-opposition"), (12, "sdf")]


def test_on_their_side(gaz):
    body = ("Armenian officials in Stepanakert said 14 civilians had been killed on their side, "
            "while the defence ministry in Baku reported 9 deaths on the Azerbaijani side.")
    assert sides(run(gaz, body)) == [(14, "armenia"), (9, "azerbaijan")]


def test_toll_named_after_the_noun_or_by_a_possessor(gaz):
    body = ("Moscow said the losses of the Armed Forces of Ukraine over the week amounted to 900 servicemen. "
            "Kyiv's General Staff put Russia's total at more than 1,000.")
    assert sides(run(gaz, body)) == [(900, "ukraine"), (1000, "russia")]


def test_an_aside_does_not_name_the_whole_toll(gaz):
    body = "At least seven people, among them a Russian journalist, were killed in Kharkiv on Sunday, officials said."
    assert sides(run(gaz, body)) == [(7, "ukraine")]


def test_toll_side_said_before_the_count(gaz):
    body = "The monitor put civilian deaths on the Lebanese side of the frontier at 23."
    assert sides(run(gaz, body)) == [(23, "lebanon")]


def test_demonym_of_the_place_hit(gaz):
    body = "Israeli officials said 6 civilians were killed by rockets fired at Israeli border communities."
    assert sides(run(gaz, body)) == [(6, "israel")]


def test_the_side_that_lost_them(gaz):
    body = ("A Russian commander claimed that Ukraine had lost 2,000 men near the town. "
            "Ukrainian officers said Russia was losing hundreds of soldiers a day.")
    assert sides(run(gaz, body)) == [(2000, "ukraine"), (200, "russia")]


def test_enemy_claim_about_the_same_soldiers(gaz):
    # the text is so far about Russia's dead; Kyiv's claimed figure for "servicemen" is about them too
    body = ("Russia's defence ministry said 45 Russian servicemen were killed in the strike on the barracks. "
            "Kyiv claimed that about 200 servicemen had been killed.")
    assert sides(run(gaz, body)) == [(45, "russia"), (200, "russia")]


def test_a_side_that_says_how_many_soldiers_died_speaks_of_its_own(gaz):
    # after a paragraph about the enemy's dead, a plain "said" turns to the speaker's own losses
    body = ("Armenian officials gave a final figure of 3,800 Armenian servicemen killed. "
            "Azerbaijan kept its own military losses secret during the war. "
            "In December its defence ministry said 2,700 servicemen had been killed.")
    assert sides(run(gaz, body)) == [(3800, "armenia"), (2700, "azerbaijan")]


def test_count_without_a_noun_shares_the_sentence_people(gaz):
    body = "Armenian officials said 120 Armenian servicemen were killed, with 14 still listed as missing."
    assert sides(run(gaz, body)) == [(120, "armenia"), (14, "armenia")]


def groups(rows):
    return [r["victim_group"] for r in rows]


def test_a_war_toll_of_people_is_mixed_even_beside_a_hospital(gaz):
    body = ("The ministry, which counts the dead brought to each hospital, said 12,500 people had been "
            "killed since the war began.")
    assert groups(run(gaz, body)) == ["mixed"]


def test_people_at_a_civilian_site_are_civilians(gaz):
    body = "A missile hit the railway station on Friday, killing 14 people."
    assert groups(run(gaz, body)) == ["civilian"]


def test_a_possessive_inside_what_the_speaker_says_is_the_speakers(gaz):
    body = ("Baku said 60 Armenian soldiers had been killed in the clashes. "
            "Azerbaijan's defence ministry admitted that three of its servicemen had been killed.")
    assert sides(run(gaz, body)) == [(60, "armenia"), (3, "azerbaijan")]


def test_a_possessive_after_a_loss_verb_is_the_losers(gaz):
    body = "Kyiv said Russia had lost 300 of its soldiers near the village."
    assert sides(run(gaz, body)) == [(300, "russia")]


def test_the_claimant_that_killed_them_claims_its_enemy(gaz):
    body = ("Russian soldiers were killed in the shelling, Moscow said. "
            "The Pakistani army said it had killed 12 soldiers and taken four others prisoner across the line.")
    assert sides(run(gaz, body))[-2:] == [(12, "india"), (4, "india")]


def test_verbs_used_only_of_the_enemy(gaz):
    body = "The General Staff in Kyiv reported that about 900 persons were liquidated over the past day."
    assert sides(run(gaz, body)) == [(900, "russia")]


def test_place_hit_named_before_the_verb(gaz):
    assert sides(run(gaz, "", title="Drone strike on Tigray camp kills at least 20")) == [(20, "tigray")]


def test_a_second_verb_does_not_take_the_place_before_the_first(gaz):
    body = "Gunmen opened fire on a convoy in Kandahar, killing two American soldiers and wounding three more."
    assert sides(run(gaz, body)) == [(2, "united-states"), (3, "united-states")]


def test_place_phrase_after_coordinated_counts(gaz):
    body = ("Pakistani officials said the army had hit militant camps. A UN monitor says 9 civilians "
            "have been killed and more than 40 wounded in mortar and rocket attacks on Indian border villages.")
    assert sides(run(gaz, body)) == [(9, "india"), (40, "india")]


def test_a_ministry_counts_its_own_people_after_an_allied_groups_losses(gaz):
    body = ("Hezbollah said nine of its fighters had been killed. "
            "On Wednesday, a second wave of explosions, this time of radios, killed 14 people, Lebanon's health ministry said.")
    assert sides(run(gaz, body)) == [(9, "hezbollah"), (14, "lebanon")]


def test_service_members_of_the_speaker(gaz):
    body = "The Pentagon said 6 service members had been wounded in the rocket attack on the base."
    assert sides(run(gaz, body)) == [(6, "united-states")]


def test_a_health_ministry_bulletin_without_nouns_is_mixed(gaz):
    # ministries count everyone brought to hospitals; the breakdown keeps its own noun
    body = ("Israeli strikes hit dozens of villages in the south on Monday. "
            "The health ministry has revised the toll up to 120 dead, including 9 children, and 400 wounded.")
    assert groups(run(gaz, body)) == ["mixed", "civilian", "mixed"]


def test_hostages_belong_to_the_side_that_is_not_holding_them(gaz):
    body = ("About 90 people were taken hostage and driven into the Gaza Strip, Israeli officials said. "
            "Hamas said four of the hostages it is holding were killed in an air strike.")
    assert sides(run(gaz, body)) == [(90, "israel"), (4, "israel")]


def test_hostages_killed_by_a_sides_fire_are_its_own(gaz):
    assert sides(run(gaz, "", title="Hamas says 12 hostages killed in Israeli strikes")) == [(12, "israel")]


def test_aid_and_un_staff_have_no_side_unless_named(gaz):
    body = ("The agency said 31 UN staff members had been killed since the fighting began in Khartoum. "
            "Another charity said seven of its staff had died in Omdurman. "
            "At least 50 aid workers, nearly all of them Sudanese, have been killed, OCHA said.")
    assert sides(run(gaz, body)) == [(31, "unknown"), (7, "unknown"), (50, "sudan")]


def test_a_side_phrase_opening_the_clause(gaz):
    body = ("Israeli strikes have killed 400 people in Lebanon. On the Israeli side, 10 soldiers and "
            "15 civilians have been killed, the Israeli authorities say.")
    assert sides(run(gaz, body)) == [(400, "lebanon"), (10, "israel"), (15, "israel")]


def test_the_place_named_before_strike_is_the_place_hit(gaz):
    body = "Officials said four people had been killed in the Beirut strike and 30 wounded."
    assert sides(run(gaz, body)) == [(4, "lebanon"), (30, "lebanon")]


def test_a_sides_own_health_ministry_or_emergency_service_counts_its_own(gaz):
    body = ("Israeli jets struck a building in the south overnight. Lebanon's health ministry said three "
            "people had been killed. Across the border, Israel's emergency service said it had treated "
            "eight people wounded by rocket fire.")
    assert sides(run(gaz, body)) == [(3, "lebanon"), (8, "israel")]


def test_civilians_in_an_armed_groups_area_are_the_states_population(gaz):
    # the Taliban hold no town of the gazetteer: civilians killed by a US strike in Kunduz are Afghans
    body = ("A US air strike hit a clinic in Kunduz during fighting with the Taliban. "
            "The army said it had killed 20 Taliban fighters in the district. "
            "The clinic's director said 14 patients were killed.")
    assert sides(run(gaz, body, published=BEFORE_KABUL)) == [(20, "taliban"), (14, "afghanistan")]


def test_civilians_beside_a_sides_soldiers_are_its_own(gaz):
    body = ("Indian strikes hit several towns overnight. Pakistan's army said 6 of its soldiers and "
            "25 civilians were killed.")
    assert sides(run(gaz, body)) == [(6, "pakistan"), (25, "pakistan")]


def test_the_speakers_own_unit_that_lost_them(gaz):
    body = ("The Pakistani army said it had killed 40 Indian soldiers on Monday. A spokesman for the Pakistani "
            "army said his brigade alone had lost 25 men in the fighting.")
    assert sides(run(gaz, body)) == [(40, "india"), (25, "pakistan")]


def test_its_fighters_killed_the_enemy(gaz):
    body = "The Taliban said in a statement that its fighters had killed 30 soldiers in Helmand."
    assert sides(run(gaz, body)) == [(30, "afghanistan")]


def test_losses_inflicted_on_a_side(gaz):
    body = "Moscow said its forces had inflicted losses of up to 200 servicemen on Ukrainian units near the river."
    assert sides(run(gaz, body)) == [(200, "ukraine")]


def test_enemy_whose_towns_the_document_names(gaz):
    # the Houthis fight several; "mercenaries" near Marib are the government's forces
    body = ("Saudi jets flew over Marib again. Fighting continued south of Marib on Sunday. "
            "A Houthi spokesman said their forces had killed dozens of mercenaries.")
    assert sides(run(gaz, body)) == [(24, "yemen")]


# ---- regions, fighters on enemy ground, armed groups, labels (part D's error classes) ----

def test_region_with_a_direction_is_a_place(gaz):
    body = "Officials said 14 civilians were killed in southern Lebanon overnight."
    assert sides(run(gaz, body)) == [(14, "lebanon")]


def test_possessive_country_before_a_province_gives_the_province(gaz):
    body = "Medics said 9 people were killed in northern Yemen's Saada province on Monday."
    assert sides(run(gaz, body)) == [(9, "houthis")]


def test_gazetteer_knows_regions(gaz):
    names = {m.text for m in gaz.find_places("Fighting in North Darfur, the Bekaa Valley, Kherson and the Litani area")}
    assert {"North Darfur", "Bekaa Valley", "Litani"} <= names


def test_soldiers_killed_fighting_against_a_side_are_its_enemy(gaz):
    body = "Another 120 soldiers have been killed in the ground offensive against Hamas since January."
    assert sides(run(gaz, body)) == [(120, "israel")]


def test_armed_group_of_the_war_the_place_belongs_to(gaz):
    # Israel fights both Hezbollah and Lebanon: "terrorists" near the Litani are Hezbollah
    body = "The Israeli army said its troops had eliminated 12 terrorists near the Litani on Tuesday."
    assert sides(run(gaz, body)) == [(12, "hezbollah")]


def test_a_breakdown_follows_its_toll_not_the_place(gaz):
    body = ("The army announced the deaths of four Israeli soldiers, three of them in fighting "
            "in southern Lebanon.")
    assert sides(run(gaz, body)) == [(4, "israel"), (3, "israel")]


def test_list_item_labelled_with_a_side(gaz):
    body = "Losses by side:\n- Russia: 3 pilots killed, 2 wounded (defence ministry)\n- Syria: 40 soldiers killed"
    got = sides(run(gaz, body))
    assert (3, "russia") in got and (2, "russia") in got and (40, "syria") in got


def test_a_sentence_with_a_colon_is_no_label(gaz):
    body = ("Russia's defence ministry said 63 Russian soldiers died. "
            "Kyiv's estimate was much higher: about 400 Russian soldiers killed.")
    assert sides(run(gaz, body))[-1] == (400, "russia")


def test_soldiers_placed_only_by_where_they_fell_take_the_documents_soldiers(gaz):
    body = ("Two soldiers killed in northern Gaza\n\n"
            "The Israel Defense Forces said two of its soldiers were killed in northern Gaza on Monday. "
            "The IDF said 5 of its soldiers were wounded.")
    assert sides(run(gaz, body, title="Two soldiers killed in northern Gaza"))[0] == (2, "israel")


def test_a_health_ministry_named_before_counts_its_own(gaz):
    # "the ministry" refers back to Lebanon's health ministry: its bare counts are Lebanon's
    body = ("Lebanon's health ministry said the first blasts killed 9 people on Monday. "
            "A rocket killed two Israeli soldiers and 3 Israeli civilians near Metula on Tuesday. "
            "A second strike on Thursday killed 14 and wounded more than 300, the ministry said.")
    assert sides(run(gaz, body))[-2:] == [(14, "lebanon"), (300, "lebanon")]


def test_the_place_a_participle_clause_subject_stormed(gaz):
    body = ("The fighting began when gunmen stormed into northern Israel at dawn, killing about 300 people "
            "and wounding hundreds more, mostly civilians.")
    assert sides(run(gaz, body))[0] == (300, "israel")


def test_people_abducted_from_a_place_and_taken_to_another(gaz):
    body = ("Across Israel, about 80 people were killed that morning, and 40 were taken hostage. "
            "Of the 40 people abducted into Gaza, 12 have since been freed. "
            "Officials in Kherson said at least 25 residents had been abducted and taken to prisons in Russia.")
    got = sides(run(gaz, body))
    assert (40, "israel") in got and (25, "ukraine") in got
    assert all(s == "israel" for v, s in got if v in (40, 80))


def test_a_toll_names_its_place_before_the_figure(gaz):
    body = ("Hamas gunmen killed 30 Israelis near the border in the first attack. "
            "Israeli officials said 4 more Israelis died of their wounds. "
            "The death toll in Gaza since the war began had reached 9,100.")
    assert sides(run(gaz, body))[-1] == (9100, "palestine")


def test_the_loser_named_before_a_headline_kicker(gaz):
    body = "Belgorod raid live: Moscow says Ukraine has lost up to 900 troops"
    assert sides(run(gaz, body, title="Live updates"))[0] == (900, "ukraine")


def test_an_enemy_count_beside_soldiers_placed_by_where_they_fell(gaz):
    # the 21 soldiers take Turkey's side from the document; the enemy's count stays Syria's
    body = ("Turkey mourns 21 soldiers killed in Idlib; Ankara says 400 regime elements neutralized. "
            "The Turkish defence ministry said 21 Turkish soldiers were killed in a regime air strike.")
    got = sides(run(gaz, body))
    assert (21, "turkey") in got and (400, "syria") in got


def test_the_claimant_acting_through_a_coordinated_verb(gaz):
    body = ('The RSF said its fighters had "freed" the garrison town and killed hundreds of soldiers, '
            "a claim the army denied.")
    assert sides(run(gaz, body))[0] == (200, "sudan")


def test_a_named_unit_of_an_armed_group(gaz):
    body = "The Israeli military said 12 Radwan Force commanders were killed in the strike on Beirut."
    assert sides(run(gaz, body))[0] == (12, "hezbollah")


def test_group_of_the_people_a_number_or_partitive_names(gaz):
    body = ("The army said the number of enemy fighters killed in the city had reached about 900. "
            "The monitor said 140 members of the national police forces had been killed that month.")
    assert groups(run(gaz, body)) == ["military", "military"]


def test_a_toll_of_a_period_without_a_noun_is_mixed(gaz):
    body = ("The army said 12 soldiers were killed in the assault on the old town. "
            "The city morgue registered 4,210 deaths during the siege, its director said.")
    assert groups(run(gaz, body))[-1] == "mixed"


def test_people_at_an_aid_convoy_or_a_tent_camp_are_civilians(gaz):
    body = ("Troops opened fire near an aid convoy in the north on Thursday. "
            "The health ministry said 61 people were killed and 200 wounded.")
    assert groups(run(gaz, body)) == ["civilian", "civilian"]


def test_a_civil_war_toll_without_a_place_counts_the_country(gaz):
    # Houthi-held places make the document's civilians Houthi-side; the whole war's toll is Yemen's
    body = ("An air strike on a market in Saada killed 30 people, the Houthi-run health ministry said. "
            "The UN said the conflict had by then killed more than 9,000 civilians.")
    assert sides(run(gaz, body)) == [(30, "houthis"), (9000, "yemen")]


def test_a_place_after_a_preposition_is_not_who_attacked(gaz):
    body = ("An airstrike hit a market in the old quarter of Sanaa, killing 9 people and wounding 20 others, "
            "according to the Houthi-run health ministry.")
    assert sides(run(gaz, body)) == [(9, "houthis"), (20, "houthis")]


def test_members_of_a_named_force_keep_their_side(gaz):
    body = ("Iraqi commanders said 300 Islamic State fighters were killed in Mosul in March. "
            "The UN mission in Iraq said 412 members of the Iraqi security forces had been killed across the country.")
    assert sides(run(gaz, body)) == [(300, "islamic-state"), (412, "iraq")]


def test_civilians_belong_to_a_population_not_to_an_armed_group(gaz):
    body = ("The battle for Raqqa in northern Syria lasted four months. "
            "Coalition officials said 900 Islamic State fighters were killed in the city. "
            "A monitor said at least 300 civilians also died.")
    assert sides(run(gaz, body)) == [(900, "islamic-state"), (300, "syria")]


def test_a_count_nobody_places_happened_where_the_sentence_before_was_set(gaz):
    body = ("Hezbollah said its fighters had killed three Israeli soldiers near the border.\n\n"
            "Later that day a blast tore through a crowded street in Tyre. "
            "A minister spoke of 11 dead and 40 wounded.")
    assert sides(run(gaz, body))[1:] == [(11, "lebanon"), (40, "lebanon")]


def test_dozens_more_people_are_the_people_counted_before(gaz):
    body = ("Hezbollah said eight of its fighters were killed on Monday.\n\n"
            "The Lebanese health ministry said 20 people were killed in the strike, while rescuers said dozens "
            "more people were unaccounted for.")
    assert sides(run(gaz, body))[1:] == [(20, "lebanon"), (24, "lebanon")]


def test_peacekeepers_without_a_nationality_have_no_side(gaz):
    body = "UNIFIL said three of its peacekeepers were injured when shells hit a position near the border."
    assert sides(run(gaz, body)) == [(3, "unknown")]


def test_the_enemy_lost_is_the_speakers_enemy(gaz):
    body = '"Over the past day the enemy lost up to 250 servicemen," the Russian Defence Ministry said.'
    assert sides(run(gaz, body)) == [(250, "ukraine")]


def test_them_refers_past_the_subject_of_the_verb(gaz):
    body = "Some 200 gunmen crossed the fence; troops killed about 80 of them, the Israeli military said."
    assert sides(run(gaz, body)) == [(80, "palestine")]


def test_hostages_referred_to_by_whom(gaz):
    body = "Israel says 120 hostages remain in Gaza, at least 35 of whom are believed to be dead."
    assert sides(run(gaz, body)) == [(35, "israel")]


def test_a_sailor_is_the_navys_own_and_military(gaz):
    rows = run(gaz, "The US Navy said one sailor was injured when a jet slid off the deck of the carrier.")
    assert sides(rows) == [(1, "united-states")] and groups(rows) == ["military"]


def test_jihadist_labels_for_the_enemy(gaz):
    rows = run(gaz, "Amaq claimed that a suicide attack had killed more than 60 apostates near Mosul.")
    assert sides(rows) == [(60, "iraq")] and groups(rows) == ["military"]


def test_armed_youths_and_members_of_a_family(gaz):
    body = ("A federal official said most of the 40 armed youths killed in the town had been loyal to the TPLF. "
            "Eleven members of one family were killed in a strike on their home, a monitor said.")
    assert groups(run(gaz, body)) == ["military", "civilian"]


# ---- who did the killing: repelled attacks and accusations -------------------------------


def test_fighters_killed_repelling_an_attack_are_the_attackers(gaz):
    body = ("Ukraine's General Staff said its troops had repulsed a Russian assault near Bakhmut, "
            "killing 120 soldiers.")
    assert sides(run(gaz, body)) == [(120, "russia")]


def test_fighters_killed_when_an_attack_was_foiled(gaz):
    body = ("The Israeli military said its forces had foiled a Hezbollah attack on the border, "
            "killing eight fighters.")
    assert sides(run(gaz, body)) == [(8, "hezbollah")]


def test_an_attack_that_killed_is_still_the_attackers_enemy(gaz):
    # nothing repelled: the strike's side killed the people counted
    body = "Ukraine's emergency service said a Russian missile attack on Dnipro killed 40 people."
    assert sides(run(gaz, body)) == [(40, "ukraine")]


def test_the_accused_is_no_claimant(gaz):
    body = ("Azerbaijan's defence ministry accused Armenian forces of killing 12 civilians in Tartar. "
            "Pakistan's foreign ministry blamed India for the deaths of 31 civilians.")
    assert [(r["value_low"], r["claimant_side"], r["victim_side"]) for r in run(gaz, body)] == [
        (12, "azerbaijan", "azerbaijan"), (31, "pakistan", "pakistan")]


def test_an_accused_speaker_after_a_comma_still_speaks(gaz):
    # "accused, the ministry said" is no accusation of the ministry
    body = "Three men were killed in Kherson, the regional governor said."
    assert [(r["value_low"], r["claimant_side"]) for r in run(gaz, body)] == [(3, "ukraine")]


# ---- datelines and speaker labels are not labels of the victims -------------------------

def test_a_dateline_in_capitals_is_not_the_victims_side(gaz):
    # the story was filed in Moscow; the people counted are the General Staff's own soldiers
    body = "MOSCOW: Ukraine's General Staff said 64 soldiers were killed in the past day."
    assert sides(run(gaz, body)) == [(64, "ukraine")]


def test_a_city_before_a_clause_naming_another_side_is_a_dateline(gaz):
    body = "New Delhi: Pakistan's army said four soldiers were killed in shelling along the Line of Control."
    assert sides(run(gaz, body)) == [(4, "pakistan")]


def test_a_speaker_label_is_not_the_victims_side(gaz):
    # "IDF:" names who speaks; the gunmen it killed are its enemy's
    body = "IDF: 40 gunmen eliminated in overnight raids across Gaza"
    assert sides(run(gaz, body)) == [(40, "palestine")]


def test_a_side_or_topic_label_still_names_the_victims(gaz):
    # unchanged: a side labelling a list item, a live blog's topic label before a speaker
    assert sides(run(gaz, "- Russia: 2 military medics killed, 1 wounded")) == [(2, "russia"), (1, "russia")]
    assert sides(run(gaz, "Gaza: ministry says toll rises to 37,100")) == [(37100, "palestine")]


# ---- the speaker's enemy only when the document names the war ---------------------------

def sides_stances(rows):
    return [(r["value_low"], r["victim_side"], r["stance"]) for r in rows]


def test_terrorists_of_a_war_the_text_does_not_name_are_unknown_enemies(gaz):
    # Bajaur is a place of Pakistan's war with the TTP: its "terrorists" are the TTP's men
    body = "Pakistan's army said security forces killed five terrorists in a raid in Bajaur district."
    assert sides_stances(run(gaz, body)) == [(5, "ttp", "adversary")]
    body = "Turkey's defence ministry said 12 terrorists were neutralised in the past week."
    assert sides_stances(run(gaz, body)) == [(12, "unknown", "adversary")]


def test_others_wounded_beside_unknown_enemies_are_the_same_people(gaz):
    body = ("The army said troops had raided a hideout in the Khyber district, killing three militants "
            "and leaving two others injured, Pakistan's military media wing said.")
    assert sides_stances(run(gaz, body)) == [(3, "ttp", "adversary"), (2, "ttp", "adversary")]


def test_terrorists_of_a_named_war_are_still_the_enemy(gaz):
    # unchanged: the document names the enemy (India) or a place of the war (Gaza)
    body = "Pakistan's army said it killed five terrorists sent by India across the Line of Control."
    assert sides_stances(run(gaz, body)) == [(5, "india", "adversary")]
    body = "Israel's military said 40 militants were killed in Gaza overnight."
    assert sides_stances(run(gaz, body)) == [(40, "palestine", "adversary")]


# ---- "the enemy's losses" ------------------------------------------------------------------

def test_the_enemys_losses_are_the_speakers_enemy(gaz):
    body = ('"The enemy\'s losses amounted to 410 servicemen and two tanks," Russia\'s defence '
            "ministry said.")
    assert sides_stances(run(gaz, body)) == [(410, "ukraine", "adversary")]
    body = "Azerbaijan's defence ministry said enemy personnel losses on that day amounted to 150 servicemen."
    assert sides_stances(run(gaz, body)) == [(150, "armenia", "adversary")]


def test_the_enemys_total_combat_losses(gaz):
    body = "Ukraine's General Staff said the enemy's total combat losses since the invasion stood at 600,000."
    assert sides_stances(run(gaz, body)) == [(600000, "russia", "adversary")]


def test_a_speakers_own_losses_are_unchanged(gaz):
    body = "Russia's defence ministry said its own losses amounted to 12 servicemen."
    assert sides_stances(run(gaz, body)) == [(12, "russia", "official")]
    # "enemy" elsewhere in the sentence does not make the toll the enemy's
    body = "Kyiv's General Staff said Ukrainian losses in the enemy offensive amounted to 40 soldiers."
    assert sides_stances(run(gaz, body)) == [(40, "ukraine", "official")]


# ---- the agent after "by": "killed by Hamas", "the attack led by Hamas" -------------------

def test_people_killed_by_a_side_are_its_enemys(gaz):
    body = ("Israel and Hamas agreed a truce. A spokesman said eight people were killed by Hamas gunmen "
            "near the border fence.")
    assert sides(run(gaz, body)) == [(8, "israel")]


def test_people_killed_in_an_attack_led_or_carried_out_by_a_side(gaz):
    body = ("Ukraine and Russia traded accusations. At least 14 people were killed in an attack launched "
            "by Russia on Tuesday, the UN said.")
    assert sides(run(gaz, body)) == [(14, "ukraine")]
    body = ("Sudan's army and the RSF have fought since April. Witnesses said 30 people were killed in a "
            "raid carried out by the RSF.")
    assert sides(run(gaz, body)) == [(30, "sudan")]


def test_a_maker_or_an_agent_with_several_named_enemies_is_not_used(gaz):
    # "by US-made rockets": the maker did not strike
    body = "Russia's defence ministry said 40 prisoners were killed in a strike by US-made rockets fired by the Ukrainian army."
    assert sides(run(gaz, body)) == [(40, "russia")]
    # Turkish-backed fighters fight both Damascus and the SDF: the agent does not decide
    body = ("Officials in Damascus and SDF commanders condemned the killings. Nine people were executed by "
            "Turkish-backed fighters on the highway, a monitor said.")
    assert sides(run(gaz, body)) == [(9, "syria")]


# ---- an armed group's own fighters ----------------------------------------------------------

def test_an_armed_groups_fighters_are_its_own(gaz):
    assert sides(run(gaz, "Hezbollah says three fighters killed in Israeli drone strike")) == [(3, "hezbollah")]
    body = "The RSF said 14 of its fighters and five commanders were killed in army air strikes on Nyala."
    assert sides(run(gaz, body)) == [(14, "rsf"), (5, "rsf")]


def test_a_states_fighters_are_not_its_own(gaz):
    # unchanged: a state's army speaking of "fighters" means its enemy's
    body = "Israel's military said 20 fighters were killed in strikes on Hezbollah positions in southern Lebanon."
    assert sides(run(gaz, body)) == [(20, "hezbollah")]
    body = "Hezbollah said it had killed 12 soldiers in an ambush near the border."
    assert sides(run(gaz, body)) == [(12, "israel")]


def test_fighters_referred_back_are_not_the_armed_speakers_own(gaz):
    body = ("The monitor said 40 Turkish-backed fighters were killed in the assault on the town. A dozen of "
            "those fighters were killed in an ambush on Monday, an SDF spokesman said.")
    assert sides(run(gaz, body))[-1] == (12, "syrian-opposition")


# ---- victim group: service personnel of civilian services -------------------------------------

def groups_of(rows):
    return [(r["value_low"], r["victim_group"]) for r in rows]


def test_health_and_aid_personnel_are_civilians(gaz):
    assert groups_of(run(gaz, "The ministry said about 280 health personnel were killed.")) == [(280, "civilian")]
    body = "Sudan's doctors' union said 11 medical staff and six humanitarian personnel died in El Fasher."
    assert groups_of(run(gaz, body)) == [(11, "civilian"), (6, "civilian")]


def test_military_personnel_stay_military(gaz):
    assert groups_of(run(gaz, "Four military medical personnel were killed.")) == [(4, "military")]
    assert groups_of(run(gaz, "Kyiv said 30 personnel were killed in the strike.")) == [(30, "military")]


# ---- probed constructions: a table per family, (sentence, value, side, group) ----------------
# Written from common news English, not copied from any corpus.

import pytest


def _first(gaz, body, value, published=dt.date(2024, 3, 1)):
    rows = [r for r in run(gaz, body, published=published) if (r["value_low"] if r["value_low"] is not None else r["value_high"]) == value]
    assert rows, f"no claim of {value} in {body!r}"
    return rows[0]["victim_side"], rows[0]["victim_group"]


ENEMY_SUBJECT_OF_LOSS = [
    # "the enemy" is the subject of the loss verb, not the speaker named before "said"
    ("Ukraine's General Staff said the enemy lost up to 500 servicemen over the past day.", 500, "russia", "military"),
    ("The Russian defence ministry said the enemy lost 300 servicemen in the Kupiansk direction.", 300, "ukraine",
     "military"),
    ("Kyiv says Russia lost 1,200 troops over the past day.", 1200, "russia", "military"),
    ("The Israeli army said it had lost 12 soldiers in Gaza.", 12, "israel", "military"),
]


@pytest.mark.parametrize("body,value,side,group", ENEMY_SUBJECT_OF_LOSS)
def test_the_subject_of_a_loss_is_in_the_loss_verbs_clause(gaz, body, value, side, group):
    assert _first(gaz, body, value) == (side, group)


GROUP_NOUNS = [
    # South Asian English soldiers, police and guards are military (CONVENTIONS: police in a war zone)
    ("Five Indian jawans were killed in the encounter in Rajouri.", 5, "india", "military"),
    ("Two Ukrainian border guards were killed.", 2, "ukraine", "military"),
    ("Three policemen were killed in the Russian strike on Kharkiv.", 3, "ukraine", "military"),
    # trades and callings name civilians
    ("Seven farmers were killed by Russian shelling in Kherson region.", 7, "ukraine", "civilian"),
    ("Five fishermen were killed in the Israeli strike off Gaza.", 5, "palestine", "civilian"),
    ("At least 20 demonstrators were killed in Khartoum.", 20, "sudan", "civilian"),
    ("Three teenagers were killed in the Russian strike on Kharkiv.", 3, "ukraine", "civilian"),
    ("Six schoolchildren were killed in the strike in Kharkiv.", 6, "ukraine", "civilian"),
]


@pytest.mark.parametrize("body,value,side,group", GROUP_NOUNS)
def test_group_nouns(gaz, body, value, side, group):
    assert _first(gaz, body, value) == (side, group)


COORDINATED_GROUPS = [
    # one figure for two groups is mixed (CONVENTIONS: "fighters and civilians" in one count)
    ("At least 12 soldiers and civilians were killed in the attack on Kharkiv.", 12, "mixed"),
    ("The shelling killed 30 fighters and civilians in El Fasher.", 30, "mixed"),
    # a second count or a second verb is no second group of this count
    ("Three soldiers and five civilians were killed in the shelling of Kharkiv.", 3, "military"),
    ("The war has killed thousands of people and displaced millions.", 2000, "mixed"),
]


@pytest.mark.parametrize("body,value,group", COORDINATED_GROUPS)
def test_coordinated_groups(gaz, body, value, group):
    assert _first(gaz, body, value)[1] == group


def test_home_soldiers_keep_the_place_they_fell_in(gaz):
    # "jawans" is the home press's word: not reassigned to the enemy whose soldiers the text counts
    body = ("Pakistan's army said two of its soldiers were killed and the Indian army said it killed 40 "
            "Pakistani soldiers. At Uri, 19 jawans died in the attack.")
    assert _first(gaz, body, 19) == ("india", "military")


STRUCK_COUNTRY = [
    # a strike on a country whose government the attacker backs hits its enemy in that war
    ("US strikes killed 20 in Yemen, Houthi-run media said.", 20, "houthis"),
    ("Israeli strikes on Yemen killed 9 people.", 9, "houthis"),
    ("Saudi-led airstrikes killed 20 civilians in Yemen.", 20, "houthis"),
    # several such enemies (Syria: the rebels, Turkey, IS) or a country the attacker fights: the country
    ("Russian airstrikes killed 12 civilians in Syria.", 12, "syria"),
    ("Israeli strikes on Lebanon killed 12 people.", 12, "lebanon"),
    ("A Russian missile strike on Dnipro killed 40 people.", 40, "ukraine"),
    # a whole war's toll over years stays the country's (CONVENTIONS: whole-war tolls)
    ("Over the past three years, more than 10,000 people have been killed in Yemen since the Saudi-led "
     "coalition launched an air campaign against Houthi rebels.", 10000, "yemen"),
]


@pytest.mark.parametrize("body,value,side", STRUCK_COUNTRY)
def test_the_country_struck_decides_the_attackers_enemy(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


CAMPS = [
    # a camp in war news holds the displaced (CONVENTIONS: a camp for the displaced is a civilian site)
    ("An RSF attack on the camp killed 100 people.", 100, "civilian"),
    ("An RSF attack on Zamzam camp killed 100 people.", 100, "civilian"),
    # an armed force's camp is not
    ("A Russian strike on an army training camp killed 20 people.", 20, "military"),
]


@pytest.mark.parametrize("body,value,group", CAMPS)
def test_camps(gaz, body, value, group):
    assert _first(gaz, body, value)[1] == group


HOME_INSURGENTS = [
    # armed men killed on a state's own ground are not its people, nor its neighbour's unless
    # the text names the neighbour: a group the gazetteer does not know, or of the war the place
    # belongs to (Pakistan's north-west: the TTP; Balochistan: the Baloch insurgents)
    ("The ISPR said security forces killed 12 terrorists in North Waziristan.", 12, "ttp"),
    ("The ISPR said eight militants were killed in an operation in Balochistan's Kech district.", 8,
     "baloch-insurgents"),
    ("Indian army says three militants killed in Rajouri encounter.", 3, "unknown"),
    ("Three militants were killed in Rajouri on Tuesday.", 3, "unknown"),
    ("Security forces killed 12 militants in Kupwara district on Sunday.", 12, "unknown"),
    # a war at home against an armed group names it
    ("Afghan commandos killed 30 militants in Helmand province.", 30, "taliban"),
    ("Iraqi forces killed 20 militants in Anbar on Monday.", 20, "islamic-state"),
    # unchanged: the state's own soldiers and civilians there, an armed group's own ground,
    # militants a foreign enemy struck
    ("Six soldiers were martyred in an exchange of fire with terrorists in North Waziristan, the ISPR said.", 6,
     "pakistan"),
    ("At least 10 civilians were killed when a bomb exploded in a market in Quetta, police said.", 10, "pakistan"),
    ("Israeli troops killed 15 militants in Khan Younis.", 15, "palestine"),
    ("Indian strikes killed more than 100 militants in Bahawalpur and Muridke.", 100, "pakistan"),
]


@pytest.mark.parametrize("body,value,side", HOME_INSURGENTS)
def test_militants_on_a_states_own_ground(gaz, body, value, side):
    assert _first(gaz, body, value, BEFORE_KABUL)[0] == side


POSSESSORS_AND_FRONTED = [
    # a person speaker's possessive: his people
    ("Prigozhin said 20,000 of his fighters had been killed in Bakhmut.", 20000, "russia"),
    ("Zelensky said 31,000 of our soldiers have been killed since the invasion.", 31000, "ukraine"),
    ("Netanyahu said 300 of his soldiers had been killed in the ground operation.", 300, "israel"),
    # a loser named before a possessive keeps it
    ("Kyiv said Russia had lost 300 of its soldiers in the assault.", 300, "russia"),
    # a side fronted by "For" names whose toll the sentence tells
    ("For Ukraine, the toll has been heavy: about 70,000 soldiers killed, US officials said.", 70000, "ukraine"),
    ("For Israel, it was the deadliest day in its history, with 1,200 people killed.", 1200, "israel"),
    # ... but not over the people's own names or a loss verb's subject
    ("For Ukraine, the news was good: Russia lost 1,200 troops on Tuesday, the General Staff said.", 1200, "russia"),
    ("For Moscow, the 300,000 Russian casualties are a secret.", 300000, "russia"),
    # a region named after its own side, inside a state's possessive
    ("At least 50 civilians were killed in Ethiopia's Tigray region, aid workers said.", 50, "tigray"),
    ("Fighting in Ethiopia's northern Tigray region killed hundreds of people.", 200, "tigray"),
    ("An Israeli strike killed eight people in Lebanon's Bekaa Valley.", 8, "lebanon"),
]


@pytest.mark.parametrize("body,value,side", POSSESSORS_AND_FRONTED)
def test_possessors_fronted_sides_and_regions(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


HELD_TERRITORY = [
    # people killed in territory an armed group holds and governs are its population (CONVENTIONS,
    # ruling added with part E); a group without towns of its own gives them to the state
    ("Saudi-led air strikes killed 20 civilians in Houthi-held north Yemen, medics said.", 20, "houthis"),
    ("A coalition air strike killed 31 people in Houthi-controlled territory, the UN said.", 31, "houthis"),
    ("Air strikes killed 12 civilians in a rebel-held town in Idlib province, a monitor said.", 12,
     "syrian-opposition"),
    ("Airstrikes killed 15 civilians in rebel-held eastern Ghouta, rescuers said.", 15, "syrian-opposition"),
    ("Russian air strikes killed 14 civilians in Idlib, rescuers said.", 14, "syrian-opposition"),
    ("Air strikes kill 19 civilians in northwestern Syria, a monitor said.", 19, "syrian-opposition"),
    ("RSF drone strikes killed 20 civilians in army-held Omdurman, activists said.", 20, "sudan"),
    # a state's soldiers in such territory are not the group's
    ("Turkey mourns 33 soldiers killed in Idlib. Thirty-three Turkish soldiers were killed in an airstrike "
     "by Syrian regime forces, the governor said. Ankara says 2,557 regime elements were neutralized.", 33, "turkey"),
    # the claimant is not the attacker: "on southern and eastern Lebanon" is where the strikes fell
    ("Israeli air strikes on southern and eastern Lebanon killed 492 people, Lebanon's health ministry said.", 492,
     "lebanon"),
    # a civil war's whole toll: the country's, even in a story set in the rebels' province
    ("Air strikes killed 19 civilians in Idlib, a monitor said. More than 340,000 people have been killed "
     "since Syria's conflict erupted in 2011.", 340000, "syria"),
]


@pytest.mark.parametrize("body,value,side", HELD_TERRITORY)
def test_territory_held_by_an_armed_group(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


AID_STAFF_BY_ORGANISATION = [
    # aid workers named by their organisation, nationality not given: unknown (CONVENTIONS)
    ("Four MSF workers were killed in an Israeli strike on Rafah.", 4, "unknown"),
    ("Two Red Cross volunteers were killed in the shelling, the ICRC said.", 2, "unknown"),
    # a national society's people, and people an organisation counts, keep their side
    ("Three Palestinian Red Crescent paramedics were killed in Gaza.", 3, "palestine"),
    ("Israeli strikes killed 20 people in Rafah, the Red Cross said.", 20, "palestine"),
]


@pytest.mark.parametrize("body,value,side", AID_STAFF_BY_ORGANISATION)
def test_aid_staff_named_by_their_organisation(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


ATTACKED_STATES_PEOPLE = [
    # an attack named by its date or character is still the attacker's: its enemy's dead
    ("Hamas's October 7 attack killed about 1,200 people, most of them civilians.", 1200, "israel"),
    ("Hamas's 7 October attack killed about 1,200 people.", 1200, "israel"),
    # the place the attackers burst into, after the verb
    ("About 1,200 people were killed in an unprecedented attack when Hamas gunmen burst into Israel.", 1200,
     "israel"),
    ("The war began when Hamas-led militants stormed into southern Israel, killing around 1,200 people.", 1200,
     "israel"),
    # hostages brought back from, or held in, the enemy's land; a share fronted by "Of the hostages"
    ("Israeli forces have recovered the bodies of three hostages from Gaza, the army said.", 3, "israel"),
    ("Of the 94 hostages still held in Gaza, Israeli officials believe at least 34 are dead.", 34, "israel"),
    # must not change: a count of a state's own soldiers, and people abducted from their home
    ("Ukraine's 47 soldiers were killed in the Russian strike.", 47, "ukraine"),
    ("Hamas fighters abducted 19 residents from Kfar Aza in Israel.", 19, "israel"),
    ("A Russian missile attack on Kyiv killed 20 people on Monday.", 20, "ukraine"),
]


@pytest.mark.parametrize("body,value,side", ATTACKED_STATES_PEOPLE)
def test_the_attacked_states_people(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


INTERIOR_PLACES = [
    # a belligerent's interior, far from the front, still names its people (gazetteer places)
    ("Another 11 are being treated for wounds in hospitals in Ulan-Ude, and two are still listed as missing.", 11,
     "russia"),
    ("Mediazona has confirmed the names of at least 1,190 men from Buryatia killed since February 2022.", 1190,
     "russia"),
    ("Three soldiers from Amritsar were among those killed, the army said.", 3, "india"),
    # must not change: a name inside a longer word is no place ("Netanyahu" holds "Netanya")
    ("Netanyahu's office said 20 people were killed in Rafah.", 20, "palestine"),
]


@pytest.mark.parametrize("body,value,side", INTERIOR_PLACES)
def test_a_belligerents_interior(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


ROUNDUP_SECTIONS = [
    # a digest's country headings decide the items' sides, not the side the digest names most
    ("Conflict Watch\n\nYEMEN\n\nThe coalition said it killed more than 100 Houthi fighters near Marib. "
     "Houthi media said 12 Houthi fighters died near Marib.\n\nAFGHANISTAN\n\nThe UN mission recorded 1,659 civilians "
     "killed in six months.\n\nIRAQ\n\nA suicide blast at a market killed 35 people, health officials said.", 1659,
     "afghanistan"),
    ("Conflict Watch\n\nYEMEN\n\nThe coalition said it killed more than 100 Houthi fighters near Marib. "
     "Houthi media said 12 Houthi fighters died near Marib.\n\nAFGHANISTAN\n\nThe UN mission recorded 1,659 civilians "
     "killed in six months.\n\nIRAQ\n\nA suicide blast at a market killed 35 people, health officials said.", 35,
     "iraq"),
    # an item label naming two sides: the one named in the count's clause
    ("World headlines\n\nGAZA: Health ministry says 59 Palestinians killed near Khan Younis\n\nGAZA: Ministry says "
     "20 Palestinians killed in Rafah\n\nINDIA/CHINA: India remembers its 20 soldiers; Beijing has only ever admitted "
     "four dead", 4, "china"),
    # must not change: a story with one heading is no roundup
    ("Gaza update\n\nGAZA\n\nIsraeli strikes killed 20 people in Rafah. Another 12 were killed in Khan Younis.", 12,
     "palestine"),
]


@pytest.mark.parametrize("body,value,side", ROUNDUP_SECTIONS)
def test_roundup_sections(gaz, body, value, side):
    assert _first(gaz, body, value, BEFORE_KABUL)[0] == side


def test_subject_of_the_killing_verb_is_the_attacker(gaz):
    # the side named as the subject of "killed"/"seized" struck; the count is its enemy's
    body = ("Hamas killed 1,200 people in the October 7 attack. "
            "Hamas seized 251 hostages during the October 7 attack. "
            "Hamas fighters took 240 hostages in the raid on southern Israel.")
    assert sides(run(gaz, body)) == [(1200, "israel"), (251, "israel"), (240, "israel")]


def test_subject_attacker_leaves_explicit_and_placed_counts(gaz):
    body = ("Russian forces killed 12 civilians in Kharkiv on Monday. "
            "Israel said its troops killed 40 Hamas militants. "
            "Ukraine said it killed 300 Russian soldiers.")
    assert sides(run(gaz, body)) == [(12, "ukraine"), (40, "palestine"), (300, "russia")]


def test_hostages_taken_in_a_named_attack_belong_to_the_attacked(gaz):
    body = ("The war followed the Hamas-led assault on southern Israel on Oct. 7, 2023, in which "
            "some 1,200 people were killed and 250 taken hostage, according to Israeli figures.")
    assert sides(run(gaz, body)) == [(1200, "israel"), (250, "israel")]


def test_participle_takes_the_subject_of_the_clause_before(gaz):
    body = ("The war began when Hamas-led militants stormed across the fence from Gaza into Israel on "
            "October 7, killing about 1,200 people, mostly civilians. "
            "RSF fighters overran the town, killing 200 people. "
            "Russian troops stormed the village, killing 30 civilians.")
    assert sides(run(gaz, body)) == [(1200, "israel"), (200, "sudan"), (30, "ukraine")]


def test_participle_subject_leaves_named_victims(gaz):
    body = "Israeli troops raided the camp, killing 12 Hamas fighters."
    assert sides(run(gaz, body)) == [(12, "palestine")]


def test_attack_named_by_its_date(gaz):
    # "the October 7 attack" names Hamas's raid on Israel without naming Hamas
    body = ("Israel's army began its campaign in response to a surprise cross-border attack on October 7, "
            "2023, which killed about 1,200 people and took 250 hostages. "
            "The October 7 attack killed 1,200 people.")
    assert sides(run(gaz, body)) == [(1200, "israel"), (250, "israel"), (1200, "israel")]


def test_since_october_7_is_a_period_not_the_attack(gaz):
    body = "Since October 7, Israeli strikes have killed 30,000 people in Gaza."
    assert sides(run(gaz, body)) == [(30000, "palestine")]


def test_bodies_of_its_own_belong_to_the_clause_subject(gaz):
    body = ("Ukraine received 900 bodies of its fallen soldiers from Russia. "
            "After the talks, Moscow handed over 5,000 bodies and received 60 bodies of its own servicemen in return.")
    got = sides(run(gaz, body))
    assert got[0] == (900, "ukraine") and (60, "russia") in got


# ---- the wars of 2024-25 (gazetteer round 15) and regime changes --------------------------
NEW_WARS = [
    ("Israeli strikes on Tehran killed 60 people, including 20 children, Iran's health ministry said.", 60, "iran"),
    ("Iranian missiles struck Bat Yam, killing nine people, Israeli officials said.", 9, "israel"),
    ("The IRGC said 30 of its members were killed in the Israeli strikes.", 30, "iran"),
    ("Security forces killed 17 khawarij in an operation in North Waziristan, the ISPR said.", 17, "ttp"),
    ("The military said 12 terrorists belonging to the Indian-sponsored Fitna al-Khawarij were killed in Bannu.",
     12, "ttp"),
    ("ISPR said security forces killed 23 terrorists of Fitna al-Hindustan in Kalat district of Balochistan.", 23,
     "baloch-insurgents"),
    ("Seven soldiers were martyred when militants attacked a checkpoint in Lakki Marwat, the ISPR said.", 7,
     "pakistan"),
    ("six soldiers martyred three terrorists killed in north waziristan encounter ispr", 6, "pakistan"),
    # villagers in resistance-held Sagaing are the resistance's people (CONVENTIONS, rulings with parts N-O)
    ("Myanmar junta air strikes killed 40 villagers in Sagaing, the National Unity Government said.", 40,
     "myanmar-resistance"),
    ("The Arakan Army said it had killed 200 junta soldiers in Rakhine.", 200, "myanmar"),
    ("The Congolese government said 3,000 people had been killed in Goma.", 3000, "drc"),
    ("The Taliban said 58 Pakistani soldiers were killed in border clashes.", 58, "pakistan"),
]


@pytest.mark.parametrize("body,value,side", NEW_WARS)
def test_the_wars_of_2024_and_2025(gaz, body, value, side):
    assert _first(gaz, body, value, dt.date(2025, 6, 20))[0] == side


REGIME_CHANGES = [
    # "Syrian" and "Afghan" name the regime of the document's day (gazetteer successors)
    ("Israeli strikes near Damascus killed four Syrian soldiers, the Syrian army said.", 4,
     dt.date(2019, 5, 1), "syria"),
    ("Israeli strikes near Damascus killed four Syrian soldiers, the Syrian army said.", 4,
     dt.date(2025, 5, 1), "syria-transitional"),
    ("A car bomb in Kabul killed 20 Afghan civilians, the interior ministry said.", 20, dt.date(2019, 5, 1),
     "afghanistan"),
    ("A car bomb in Kabul killed 20 Afghan civilians, the interior ministry said.", 20, dt.date(2025, 5, 1),
     "taliban"),
    ("Pakistani air strikes in Paktika killed 46 people, the Taliban government said.", 46, dt.date(2025, 3, 1),
     "taliban"),
    # a late retrospective on the old regime's years keeps the old regime's people
    ("In 2013 and 2014, at least 6,786 Syrian detainees died in custody, Human Rights Watch found in 2015. "
     "Another report in 2017 put the toll at 13,000.", 13000, dt.date(2025, 3, 1), "syria"),
]


@pytest.mark.parametrize("body,value,published,side", REGIME_CHANGES)
def test_regime_changes(gaz, body, value, published, side):
    assert _first(gaz, body, value, published)[0] == side


HELD_HOSTAGES = [
    # where hostages are held is the holder's place, not their side
    ("The Israeli authorities have stated that at least 41 of the hostages still held in Gaza are believed to be "
     "dead.", 41, "israel"),
    ("Officials said 20 of the hostages held in Gaza had died.", 20, "israel"),
    ("The army said 12 of the hostages kept captive in Gaza were dead.", 12, "israel"),
    # must not change: people killed in Gaza
    ("Five people were killed in Gaza on Sunday, medics said.", 5, "palestine"),
    ("Medics said 14 Palestinians held in Israeli prisons had died since the war began.", 14, "palestine"),
]


@pytest.mark.parametrize("body,value,side", HELD_HOSTAGES)
def test_where_hostages_are_held(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


JOINT_ATTACKERS = [
    # the first of joint attackers leads: Britain's only war in the gazetteer is Afghanistan's
    ("The American-British raids on Hodeidah killed 17 people, most of them members of the armed forces, "
     "the Houthi health ministry said.", 17, "houthis"),
    ("For his part, the minister noted that the American-British raids since January 12 have led to the martyrdom "
     "of 17 and the injury of 35 others, most of them members of the armed forces.", 17, "houthis"),
    ("US-British strikes killed 12 people in Hodeidah, officials said.", 12, "houthis"),
    ("Saudi-Emirati air raids killed 20 people in Sanaa.", 20, "houthis"),
    ("Russian-Syrian air strikes killed 15 civilians in Idlib.", 15, "syrian-opposition"),
    # must not change: one attacker
    ("A Russian missile strike killed 12 people in Kharkiv.", 12, "ukraine"),
]


@pytest.mark.parametrize("body,value,side", JOINT_ATTACKERS)
def test_joint_attackers(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


STRUCK_COUNTRIES = [
    # the country struck bounds the attacker's enemy: Israel fought no war in Syria before
    # 2024 in the gazetteer, and Russia's enemies in Syria are not Ukraine
    ("Israeli air strikes in Syria killed six civilians, a war monitor said. Iran condemned the strikes, and "
     "Iranian officials vowed revenge.", 6, "syria"),
    ("Israeli strikes in Iraq killed four people, officials said. Iran blamed Israel.", 4, "iraq"),
    ("Russian strikes in Syria killed 20 civilians, the Observatory said.", 20, "syria"),
    # must not change
    ("Israeli strikes in Syria killed 10 Iranian soldiers, Iranian media said.", 10, "iran"),
    ("Israeli strikes in Lebanon killed 12 people, the health ministry said.", 12, "lebanon"),
    ("US strikes in Yemen killed 20 people, Houthi media said.", 20, "houthis"),
    ("Russian air strikes on Idlib killed 20 civilians.", 20, "syrian-opposition"),
]


@pytest.mark.parametrize("body,value,side", STRUCK_COUNTRIES)
def test_the_country_struck_bounds_the_attackers_enemy(gaz, body, value, side):
    assert _first(gaz, body, value, dt.date(2018, 5, 10))[0] == side


REVISED_TOLLS = [
    # a bare toll that updates an earlier count of the same side's people, told by the same
    # side, keeps that count's group (not the document's usual one: the enemy's soldiers)
    ("Russia's defence ministry said its forces had killed 300 Ukrainian servicemen on the eastern front. It also "
     "claimed 120 Ukrainian soldiers were killed near Kupiansk. Ukraine's emergency service said 18 civilians were "
     "killed in a strike on Kharkiv. It later raised the toll to 21.", 21, "civilian"),
    ("Ukraine's General Staff said Russia had lost 1,200 soldiers in a day. The General Staff said Russia had lost "
     "900 soldiers on Tuesday. Kharkiv's governor said six civilians were killed. On Wednesday the governor put "
     "the toll at eight.", 8, "civilian"),
    ("Russia's defence ministry said it had killed 200 Ukrainian soldiers near Bakhmut. It said another 150 Ukrainian "
     "soldiers had died near Avdiivka. Ukraine's emergency service said 11 civilians were wounded in Odesa. "
     "It later said 15 had been wounded.", 15, "civilian"),
    # must not change: the same side's fighters, and a revision of people at a civilian site
    ("The health ministry said 30 children were killed in strikes on Gaza. The army said it had killed 40 Hamas "
     "fighters. The army later said the number had risen to 55.", 55, "military"),
    ("Officials said 14 civilians were killed when a missile hit a market. Officials later said the death toll had "
     "risen to 17, and 40 were wounded.", 17, "civilian"),
]


@pytest.mark.parametrize("body,value,group", REVISED_TOLLS)
def test_a_revised_toll_keeps_its_group(gaz, body, value, group):
    assert _first(gaz, body, value)[1] == group


OWN_TOLL_OF_THE_SUBJECT = [
    # "its own dead" names the clause's subject, not the people of the clause before it
    ("Armenia says about 3,800 of its soldiers died in the 44-day war of 2020; Azerbaijan put its own military "
     "dead at 2,908.", 2908, "azerbaijan"),
    ("Russia says 1,000 of its soldiers died in the battle; Ukraine put its own dead at 400.", 400, "ukraine"),
    ("Israel says 300 of its soldiers were killed in Gaza; Hamas put its own losses at 6,000.", 6000, "palestine"),
    ("Ethiopia says 2,000 of its troops died; Tigray's leaders put their own dead at 900.", 900, "tigray"),
    ("Sudan says 500 of its soldiers were killed; the RSF put its own dead at 700.", 700, "rsf"),
    # must not change
    ("Moscow said 500 Ukrainian soldiers were killed, but Kyiv put its own losses at 40.", 40, "ukraine"),
    ("Ukraine's General Staff said 1,100 Russian troops died in a day; Russia raised its death toll for the "
     "Makiivka strike to 89.", 89, "russia"),
]


@pytest.mark.parametrize("body,value,side", OWN_TOLL_OF_THE_SUBJECT)
def test_its_own_toll_is_the_subjects(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


EPITHETS_OF_STRIKES = [
    # a statement's own words between the attacker's name and its strikes ("in India's
    # 'unprovoked and cowardly' strikes") still make it the attack, not the place
    ('The ISPR said that 40 civilians, including seven women and 15 children, were martyred and 121 others injured '
     'in India\'s "unprovoked and cowardly" strikes.', 40, "pakistan"),
    ('The ISPR said that 40 civilians, including seven women and 15 children, were martyred and 121 others injured '
     'in India\'s "unprovoked and cowardly" strikes.', 121, "pakistan"),
    ("Officials said 14 people were killed in Russia's continued shelling of the city.", 14, "ukraine"),
    ("The ministry said nine soldiers were killed in Azerbaijan's renewed and indiscriminate shelling.", 9, "armenia"),
    # must not change
    ("The army said 12 civilians were killed in India's strikes on Muzaffarabad.", 12, "pakistan"),
    ("Officials said 20 civilians were killed in Russia's strikes on Kharkiv.", 20, "ukraine"),
]


@pytest.mark.parametrize("body,value,side", EPITHETS_OF_STRIKES)
def test_epithets_between_the_attacker_and_its_strikes(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


RELATIVE_CLAUSE_ATTACKERS = [
    # "forces that killed ...": the relative pronoun's antecedent struck, after "by" too
    ("Pakistan's foreign ministry protested against incidents by Indian forces that killed three civilians and "
     "wounded another eight.", 3, "pakistan"),
    ("Pakistan's foreign ministry protested against incidents by Indian forces that killed three civilians and "
     "wounded another eight.", 8, "pakistan"),
    ("The governor condemned the attack by Russian troops that killed 12 people in the village.", 12, "ukraine"),
    ("It was the second raid by RSF fighters that killed dozens of civilians this month.", 24, "sudan"),
    ("Residents described Israeli soldiers who killed four people at the checkpoint.", 4, "palestine"),
]


@pytest.mark.parametrize("body,value,side", RELATIVE_CLAUSE_ATTACKERS)
def test_forces_that_killed(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side


PEOPLE_BESIDE_AN_ARMY = [
    # an army or a base in the lead does not make a later toll of "people" soldiers
    # (CONVENTIONS: "people" are a mixed toll unless a civilian site or an armed group's
    # members are named); the lead's own counts keep the lead's site
    ("Six soldiers were killed in an attack on an army checkpoint, the military said. The attack began at dawn. "
     "Officials gave no further details. The ISPR said that at least 293 people were martyred in terror attacks "
     "this year.", 293, "mixed"),
    ("Two soldiers died at a base near the border, the army said. Tensions have risen since the war. Talks stalled "
     "in June. Some 6,000 people were killed in six weeks of fighting in 2020.", 6000, "mixed"),
    ("The army said troops repelled an attack on its positions. The fighting lasted hours. It ended at noon. "
     "Officials said 14 people were killed in the clashes.", 14, "mixed"),
    # must not change: the lead's own count, a civilian site, and soldiers named
    ("A Russian strike on an army training camp killed 20 people.", 20, "military"),
    ("A missile hit a market in the town. Officials said 14 people were killed.", 14, "civilian"),
    ("Six soldiers were killed in an attack on an army checkpoint, the military said.", 6, "military"),
]


@pytest.mark.parametrize("body,value,group", PEOPLE_BESIDE_AN_ARMY)
def test_people_beside_an_army_are_no_soldiers(gaz, body, value, group):
    assert _first(gaz, body, value)[1] == group


SOLDIERS_LISTED_BY_PLACE = [
    # a bare figure with only a place after it continues the count before it: soldiers fall
    # on the enemy's ground as often as on their own
    ("Russian MoD: Kiev Regime Lost Upto 1,890 Servicemen in a Day, Over 6,600 in Kursk Direction", 6600, "ukraine"),
    ("The ministry said Ukraine lost 400 soldiers near Bakhmut and 300 in the Kursk region.", 300, "ukraine"),
    ("Kyiv said 500 Russian soldiers were killed in Kharkiv, and 200 near Avdiivka.", 200, "russia"),
    # must not change: a new clause, and civilians
    ("Israel said 12 soldiers were killed in Gaza; 30 were killed in Lebanon.", 30, "lebanon"),
    ("Officials said 20 soldiers and 14 civilians were killed in Kharkiv, and 6 in Sumy.", 6, "ukraine"),
]


@pytest.mark.parametrize("body,value,side", SOLDIERS_LISTED_BY_PLACE)
def test_soldiers_listed_by_place(gaz, body, value, side):
    assert _first(gaz, body, value)[0] == side
