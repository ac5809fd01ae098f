"""Hostages and abductees: they are the people of the side that does not hold them."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.attacker import attacker, dated_attack, stormed_into
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import armed_side, belligerent, main_enemy
from casualty_claims.extract.victims.mentions import locative, mention_sides, party_names, word_before_place
from casualty_claims.extract.victims.possessors import antecedent_noun
from casualty_claims.extract.victims.words import SUBJECT_PRONOUNS
from casualty_claims.gazetteer import Gazetteer

_HOSTAGE_NOUNS = {"hostages", "hostage", "captives", "abductees"}
_HOLD_VERBS = {"holding", "held", "holds", "hold", "keeping", "kept"}
_HOLD_PLACES = {"in", "into", "to", "inside"}


def hostage_side(ctx: SentenceContext, gaz: Gazetteer, link: Link, words: list[str], claimant_side: str | None,
                  doc: DocSides | None) -> str | None:
    """Hostages are the people of the side that is not holding them: "hostages held in
    Gaza", "people taken hostage and driven into the Gaza Strip", "the hostages it is
    holding" (the speaker holds them). The holder is the side of the place they are
    taken to or held in, else the speaker that says it holds them, else the side whose
    places the document names most."""
    cue = {ctx.w(k) for k in range(link.cue_start, min(len(ctx.toks), link.cue_end + 1))}
    generic = not words or set(words) <= (L.CHAIN | {"people", "persons", "individuals", "others", "more", "of", "the",
                                                    "those", "them", "whom"})
    taking = link.ctype == "captured" and bool(cue & _ABDUCTION) and not set(words) & L.MILITARY_NOUNS
    if taking:
        # "19 residents were abducted from Kfar Aza", "across Israel, 251 were taken hostage":
        # the place they were taken from is their own; "abducted into Gaza", "taken to
        # prisons in Russia": the place they were taken to is the holder's
        side = _abduction_places(ctx, gaz, link, doc)
        if side:
            return side
    if not (set(words) & _HOSTAGE_NOUNS or ctx.w(link.np_end) in _HOSTAGE_NOUNS
            or (generic and cue & _HOSTAGE_NOUNS)
            or (ctx.w(link.np_start - 1) == "the" and ctx.w(link.np_start) in _HOSTAGE_NOUNS)):
        # "seven of the hostages": the noun after "of the"
        after = [ctx.w(k) for k in range(link.qty.tok_end, min(len(ctx.toks), link.qty.tok_end + 3))]
        # "134 hostages remain in Gaza, at least 30 of whom are believed dead": the antecedent
        pron = [ctx.w(k) for k in range(link.np_start, link.np_end)] in (["them"], ["whom"])
        ante = antecedent_noun(ctx, link, L.PERSON_NOUNS | _HOSTAGE_NOUNS) if pron else None
        if not (after[:1] == ["of"] and set(after) & _HOSTAGE_NOUNS) and not (
                ante is not None and ctx.w(ante) in _HOSTAGE_NOUNS) and not (generic and _fronted_share(ctx, link)):
            return None
    holder = None
    for tok, side, form in mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form in ("place", "alias") and (locative(ctx, tok, _HOLD_PLACES) or _brought_back(ctx, tok)) \
                and gaz.enemies_of(side) and not stormed_into(ctx, tok):
            if not armed_side(gaz, side) and not _taken_there(ctx, tok):
                return side  # "police in Bannu said 12 hostages died": the state's own town (see below)
            holder = side
            break
    if holder is None:
        for k in range(link.qty.tok_end, min(len(ctx.toks), link.qty.tok_end + 8)):
            if ctx.w(k) in _HOLD_VERBS and ctx.w(k - 1) in ("is", "was", "are", "were", "had", "has", "been") \
                    and ctx.w(k - 2) in SUBJECT_PRONOUNS and belligerent(gaz, claimant_side):
                holder = claimant_side
                break
            if ctx.w(k) in _HOLD_VERBS and ctx.w(k + 1) == "by":
                named = party_names(ctx, gaz, k + 2, k + 5)
                if named:
                    holder = named[0][1]
                    break
    if holder is None:
        # "hostages killed in Israeli strikes": hostages die under their own side's fire
        att = attacker(ctx, gaz, set(), strikes_only=True)
        if link.ctype == "captured":
            # "an attack on October 7, which killed 1,200 and took 251 hostages"
            att = dated_attack(ctx, link) or att
        if att and link.ctype == "captured" and gaz.enemies_of(att):
            # "the Hamas-led assault ..., in which 1,200 were killed and 251 taken hostage":
            # the attackers took them, so they are the holder
            holder = att
        elif att:
            return att
    if holder is None and doc is not None:
        holder = doc.most_placed()
        if holder is not None and not armed_side(gaz, holder):
            # a state's own towns are where its people were seized ("a passenger train seized by
            # Baloch separatists in Balochistan"): armed groups hold hostages on their ground
            # (Gaza), states hold prisoners
            return holder
    if holder is None:
        return None
    enemies = gaz.enemies_of(holder)
    return main_enemy(gaz, holder, ctx, doc) if enemies else None


def held_in(ctx: SentenceContext, tok: int) -> bool:
    """Is the name at `tok` where people are held ("held in Gaza", "kept captive in Gaza",
    "in captivity in Gaza")?"""
    k = word_before_place(ctx, tok)
    return ctx.w(k) in ("in", "inside") and (ctx.w(k - 1) in _HOLD_VERBS | {"captivity", "captive"}
                                             or ctx.w(k - 2) in _HOLD_VERBS and ctx.w(k - 1) in ("captive", "hostage"))


_ABDUCTION = {"abducted", "abducting", "kidnapped", "kidnapping", "hostage", "hostages", "captive", "captives"}
_DESTINATION = {"into", "to", "held", "holding", "kept", "imprisoned", "jailed"}


def _abduction_places(ctx: SentenceContext, gaz: Gazetteer, link: Link, doc: DocSides | None) -> str | None:
    """For people abducted or taken hostage: the side the place they were taken from
    belongs to, else the enemy of the side they were taken to (the holder)."""
    for tok, side, form in mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form not in ("place", "alias") or not gaz.enemies_of(side) or stormed_into(ctx, tok):
            continue
        if tok < link.qty.tok_start and any(ctx.w(j) in (";", ":") for j in range(tok, link.qty.tok_start)):
            continue
        k = word_before_place(ctx, tok)
        prep = ctx.w(k)
        if prep not in ("in", "into", "to", "from", "across", "throughout", "inside", "of"):
            continue
        before = {ctx.w(j) for j in range(max(link.cue_start, k - 4), k + 1)} if tok > link.cue_start else set()
        if prep in ("into", "to") or before & _DESTINATION:
            return main_enemy(gaz, side, ctx, doc)
        return side
    return None



def _taken_there(ctx: SentenceContext, tok: int) -> bool:
    """Is the place at `tok` where people were taken or are held ("taken to Russia", "held
    in Gaza", "brought back from Gaza"), not where they were seized or counted ("in Bannu")?"""
    k = word_before_place(ctx, tok)
    return ctx.w(k) in ("into", "to") or held_in(ctx, tok) or _brought_back(ctx, tok)


_TAKING = {"taken", "abducted", "kidnapped", "seized", "snatched", "dragged"}


def _brought_back(ctx: SentenceContext, tok: int) -> bool:
    """ "the bodies of three hostages recovered from Gaza", "hostages freed from Gaza": the
    place they come back from held them (not "abducted from Kfar Aza", their home)."""
    k = word_before_place(ctx, tok)
    return ctx.w(k) == "from" and not any(ctx.w(j) in _TAKING for j in range(k - 3, k))


def _fronted_share(ctx: SentenceContext, link: Link) -> bool:
    """ "Of the 94 hostages still held in Gaza, officials believe at least 34 are dead": the
    count is a share of the hostages the sentence opens with."""
    if ctx.w(0) != "of":
        return False
    for k in range(1, link.qty.tok_start):
        if ctx.w(k) == ",":
            return False
        if ctx.w(k) in _HOSTAGE_NOUNS:
            return True
    return False
