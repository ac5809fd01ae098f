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
