"""Fighters whose side came only from where they fell: a weak side, revisited once the
document's other claims are known."""

from __future__ import annotations

from collections import Counter

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.enemies import armed_side, belligerent
from casualty_claims.extract.victims.groups import HOME_SOLDIERS, MILITARY_EXTRA
from casualty_claims.extract.victims.mentions import is_punct_word, locative, mention_sides, people_sides
from casualty_claims.extract.victims.places import WHERE_FELL
from casualty_claims.extract.victims.words import ENEMY_TERMS, OWN_POSSESSIVES
from casualty_claims.gazetteer import UNKNOWN, Gazetteer


def soldiers_by_place(ctx: SentenceContext, link: Link, gaz: Gazetteer, exclude: set[int], side: str,
                      claimant_side: str | None) -> bool:
    """Did fighters get their side only from where they fell ("Three soldiers killed in
    southern Lebanon and Gaza")? Soldiers die on the enemy's ground as often as on their
    own, so such a side is weak: reassign_placed_soldiers may replace it."""
    words = {ctx.w(k) for k in range(link.np_start, max(link.np_end, link.cue_start if link.how == "right" else 0))}
    if not words & (L.MILITARY_NOUNS | L.OWN_TERMS | MILITARY_EXTRA) or words & (ENEMY_TERMS | HOME_SOLDIERS):
        return False
    # "members of the Iraqi security forces" (the force after "of" is no speaker)
    if people_sides(ctx, gaz, link.np_start, link.np_end, exclude) \
            or people_sides(ctx, gaz, link.np_end, _partitive_end(ctx, link.np_end), set()) \
            or belligerent(gaz, claimant_side) \
            or words & OWN_POSSESSIVES or ctx.w(link.np_start - 1) in OWN_POSSESSIVES:
        return False
    return any(s == side and f in ("place", "alias") and locative(ctx, t, WHERE_FELL)
               for t, s, f in mention_sides(ctx, gaz, 0, len(ctx.toks), exclude))


def _partitive_end(ctx: SentenceContext, end: int) -> int:
    """End of the noun phrase a partitive people phrase names: "1,959 members of [the Iraqi
    security forces]" -> the token after "forces" (up to a verb, a preposition or punctuation)."""
    if ctx.w(end - 1) != "of":
        return end
    k = end
    while k < min(len(ctx.toks), end + 6) and not is_punct_word(ctx.w(k)) and (
            ctx.w(k) == "the" or (ctx.w(k) not in L.NP_STOP and ctx.w(k) not in L.CHAIN)):
        k += 1
    return k


def reassign_placed_soldiers(rows: list[dict], weak: list[bool], gaz: Gazetteer) -> list[int]:
    """Soldiers whose side came only from the place they fell in belong to the side whose
    soldiers the document otherwise counts, when that side fights the place's side (an
    Israeli army toll "in Gaza", Ukrainian troops "in the Kursk region"). Returns the rows changed."""
    firm = Counter(r["victim_side"] for r, w in zip(rows, weak)
                   if not w and r["victim_group"] == "military" and r["victim_side"] != UNKNOWN)
    weak = list(weak)
    for i, r in enumerate(rows):
        if not weak[i] and r["victim_group"] == "military" and not gaz.are_enemies(r["claimant_side"], r["victim_side"]) \
                and any(
                weak[j] and rows[j]["sentence"] == r["sentence"] and rows[j]["victim_side"] == r["victim_side"]
                for j in range(i)):
            weak[i] = True  # "three soldiers killed in Gaza, bringing the military toll to 790"
    changed = []
    for i, (r, w) in enumerate(zip(rows, weak)):
        if not w or r["victim_group"] != "military":
            continue
        # (not insurgents a state fights at home: "six soldiers martyred, three terrorists killed
        # in North Waziristan" are the state's soldiers and the TTP's men)
        options = [(n, s) for s, n in firm.items() if gaz.are_enemies(s, r["victim_side"])
                   and not (armed_side(gaz, s) and not armed_side(gaz, r["victim_side"]))]
        if _nameless_armed_group(gaz, r["victim_side"]):
            # "33 soldiers killed in Idlib": a group whose people have no name of its own has
            # fighters, not soldiers; the soldiers are of whichever state the document counts
            # most (Turkey's, also the rebels' ally), not necessarily the group's enemy
            options = [(n, s) for s, n in firm.items() if s != r["victim_side"]]
        if options:
            r["victim_side"] = max(options)[1]
            changed.append(i)
    return changed


def _nameless_armed_group(gaz: Gazetteer, side: str) -> bool:
    """An armed group without a demonym (Syrian opposition, RSF, Hezbollah)."""
    return side in gaz.sides and armed_side(gaz, side) and not gaz.sides[side].demonyms
