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
