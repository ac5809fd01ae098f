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
