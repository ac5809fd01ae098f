"""Distinct claims and revision sequences (revisions.py), on hand-made claim rows."""

from __future__ import annotations

from datetime import date

import pytest

from casualty_claims.revisions import distinct_claims, revision_cue, with_keys

N = iter(range(10**6))


def mention(value, *, doc="d1", day=date(2023, 1, 3), sentence="", claimant="russia-mod", qualifier="exact",
            group="military", kind="killed", low=None):
    at = next(N)
    return {"claim_id": f"c{at}", "doc_id": doc, "char_start": at, "char_end": at + 2, "sentence": sentence,
            "event_id": "ev-1", "victim_side": "russia", "victim_group": group, "casualty_type": kind,
            "claimant": claimant, "claimant_side": "russia", "stance": "official",
            "value_low": value if low is None else low, "value_high": value, "qualifier": qualifier,
            "published": day}


def sequences(mentions):
    rows = with_keys(mentions)
    for r in rows:
        r["revision_cue"] = revision_cue(r["sentence"], r["value_low"] if r["value_low"] is not None else r["value_high"])
    out = {}
    for d in sorted(distinct_claims(rows), key=lambda d: d["sequence"]):
        out.setdefault((d["claimant"], d["victim_group"]), []).append((d["figure"], d["is_latest"]))
    return out


@pytest.mark.parametrize("sentence, figure, cue", [
    ("The ministry on Wednesday raised the toll to 89, up from 63, for servicemen killed.", 89, "later"),
    ("The ministry on Wednesday raised the toll to 89, up from 63, for servicemen killed.", 63, "earlier"),
    ("Russia's MoD first reported 40 dead and 75 injured, and later revised the figures to 50 killed.", 40, "earlier"),
    ("Russia's MoD first reported 40 dead and 75 injured, and later revised the figures to 50 killed.", 50, "later"),
    ("Its first statement had spoken of three deaths.", 3, "earlier"),
    ("Russian MOD has made a rare acknowledgment - latest figure is 83.", 83, "later"),
    ("Within days the figure rose to eighty-nine.", 89, "later"),
    ("Russia's defence ministry said 63 servicemen had been killed.", 63, None),
    ("The ministry did not address claims from Kiev that around 400 servicemen had been killed.", 400, None),
])
def test_revision_cues(sentence, figure, cue):
    assert revision_cue(sentence, figure) == cue


def test_dates_order_a_claimants_figures_and_the_last_is_latest():
    got = sequences([mention(89, day=date(2023, 1, 4)), mention(63), mention(63, doc="d2")])
    assert got[("russia-mod", "military")] == [(63, False), (89, True)]


def test_a_retrospective_that_states_the_order_overrides_the_dates():
    # The blog on the day only has the revised 50; the encyclopedia a year later is the
    # only source of the 40, which it calls the first figure.
    text = "Russia's MoD first reported 40 dead and 75 injured, and later revised the figures to 50 killed."
    got = sequences([
        mention(50, doc="blog", day=date(2022, 7, 29), sentence="The MoD has revised its figures: 50 killed."),
        mention(40, doc="enc", day=date(2023, 8, 15), sentence=text),
        mention(50, doc="enc", day=date(2023, 8, 15), sentence=text),
    ])
    assert got[("russia-mod", "military")] == [(40, False), (50, True)]


def test_contradicting_documents_leave_the_dates_in_charge():
    got = sequences([
        mention(40, doc="a", day=date(2022, 7, 29), sentence="It first reported 40, later 50."),
        mention(50, doc="a", day=date(2022, 7, 29), sentence="It first reported 40, later 50."),
        mention(50, doc="b", day=date(2022, 7, 30), sentence="It first reported 50, later 40."),
        mention(40, doc="b", day=date(2022, 7, 30), sentence="It first reported 50, later 40."),
    ])
    assert [f for f, _ in got[("russia-mod", "military")]] == [40, 50]


def test_a_vague_figure_does_not_revise_a_number():
    got = sequences([mention(89), mention(40, qualifier="vague", low=40, day=date(2023, 1, 5))])
    assert got[("russia-mod", "military")] == [(89, True), (40, False)]


def test_hedges_of_one_figure_are_one_claim_and_unknown_groups_join_the_known_one():
    up_to = dict(mention(400, qualifier="up_to", doc="d2"), value_low=None)  # "up to 400" counts as 400
    got = sequences([mention(400, qualifier="approx"), up_to, mention(400, group="unknown", doc="d3")])
    assert got == {("russia-mod", "military"): [(400, True)]}


def test_different_groups_are_different_sequences():
    got = sequences([mention(11, group="military"), mention(40, group="civilian"), mention(31, group="civilian",
                     day=date(2023, 1, 2))])
    assert got[("russia-mod", "military")] == [(11, True)]
    assert got[("russia-mod", "civilian")] == [(31, False), (40, True)]


def test_mentions_are_counted_once_per_claim():
    rows = with_keys([mention(63), mention(63), mention(63, doc="d2")])
    for r in rows:
        r["revision_cue"] = None
    (claim,) = distinct_claims(rows)
    assert (claim["n_mentions"], claim["n_documents"]) == (3, 2)
