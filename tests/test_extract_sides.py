"""Victim side and victim group on sentences written for these tests."""

import datetime as dt
from pathlib import Path

import pytest

from casualty_claims.extract import extract_claims
from casualty_claims.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(REPO / "data" / "gazetteer.yaml")


def run(gaz, body, title="Test report"):
    doc = {"doc_id": "t1", "source_path": "t1.txt", "title": title, "text": f"{title}\n\n{body}",
           "published": dt.date(2024, 3, 1)}
    return extract_claims(doc, gaz)


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
    # the text is so far about Russia's dead; Kyiv's figure for "servicemen" is about them too
    body = ("Russia's defence ministry said 45 Russian servicemen were killed in the strike on the barracks. "
            "Kyiv said about 200 servicemen had been killed.")
    assert sides(run(gaz, body)) == [(45, "russia"), (200, "russia")]


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
