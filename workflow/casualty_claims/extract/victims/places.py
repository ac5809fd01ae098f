"""Where the people were hit: the first place after a locative ("in Gaza", "on Tigray
camp"), the places a sentence is set in, the population of the places a sentence or a
document names, and tolls of a whole civil war."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.victims.attacker import REGIME, attack_after
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.mentions import LOCATIVE, locative, mention_end, mention_sides
from casualty_claims.gazetteer import Gazetteer


def place_between(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, exclude: set[int],
                   preps: set[str], sites: bool = False) -> str | None:
    """The side of the first place named after a locative in tokens [lo, hi): "in Gaza",
    "on Tigray camp", "in Turkish border towns" (not "Russian missile strike"). With
    sites, a side's own name counts only before a site noun ("on Tigray camp", not "in Yemen")."""
    found = mention_sides(ctx, gaz, lo, hi, exclude)
    for i, (tok, side, form) in enumerate(found):
        if locative(ctx, tok, preps):
            end = mention_end(ctx, gaz, tok)
            if form == "alias" and ctx.w(end - 1).endswith("'s") and any(
                    f in ("place", "alias") and t - end < 3 for t, _, f in found[i + 1:]):
                # "in northern Yemen's Saada province", "in Ukraine's Kharkiv region": the place;
                # "in Ethiopia's Tigray region": a region named after its own side
                t, pside, _ = next(x for x in found[i + 1:] if x[2] in ("place", "alias"))
                return pside
            if sites and form == "alias" and not (ctx.w(end) in _SITE_NOUNS or ctx.w(end + 1) in _SITE_NOUNS):
                continue
            if form == "alias" and ctx.w(end - 1).endswith("'s") and ctx.w(end) in _WAR_NOUNS:
                continue  # "the death toll from Israel's war on the Gaza Strip": who wages it, not where
            if form == "place" and not ctx.w(end - 1).endswith("'s") and ctx.w(end) not in REGIME:
                return side  # "killed in the Beirut strike": the strike on Beirut
            if form == "alias" and attack_after(ctx, end) is None:
                return side
            if form == "demonym" and _place_noun_after(ctx, end):
                return side  # "in Turkish border towns", "across Syrian territory"
    return None


_WAR_NOUNS = {"war", "wars", "campaign", "aggression", "onslaught", "siege", "blockade"}
_SITE_NOUNS = {"camp", "camps", "hospital", "school", "market", "mosque", "church", "home", "house", "building",
               "shelter", "town", "towns", "city", "village", "villages", "district", "province", "region",
               "border", "communities", "settlement", "settlements", "area", "areas"}
# Where a strike landed, said before its verb ("from" names where it came from)
LOCATIVE_HIT = {"in", "on", "at", "inside", "across", "near", "throughout"}
_PLACE_NOUNS = {"town", "towns", "city", "cities", "village", "villages", "territory", "soil", "region",
                "regions", "communities", "community", "areas", "area", "settlements", "side", "province",
                "provinces", "districts", "district", "border", "frontier", "countryside", "homes"}


def _place_noun_after(ctx: SentenceContext, k: int) -> bool:
    """A place noun within two words: "Turkish [border] towns", "Israeli communities"."""
    return ctx.w(k) in _PLACE_NOUNS or ctx.w(k + 1) in _PLACE_NOUNS


def population(ctx: SentenceContext, gaz: Gazetteer, doc: DocSides | None, exclude: set[int],
                sentence_only: bool = False) -> str | None:
    """The side whose population lives where the sentence, else the document, is: a town
    of the gazetteer named in the sentence, else the document's most named towns."""
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside and ctx.tok_index_of_mention(m)[0] not in exclude:
            return pside
    if sentence_only or doc is None:
        return None
    return doc.most_placed()


def war_wide(ctx: SentenceContext) -> bool:
    """Does the sentence speak of a whole war ("the conflict, which by then had killed",
    "that war ... cost 377,000 lives", "over seven years", "nationwide")?"""
    for k, w in enumerate(ctx.low):
        if w in ("conflict", "war") and ctx.w(k - 1) in ("the", "that", "this", "whole", "entire", "all"):
            return True
        if w in ("conflict", "war") and _owned_war(ctx, k):
            return True  # "Yemen's decade-long war has killed", "Sudan's civil war"
        if w == "since" and ctx.w(k + 1) == "the" and ctx.w(k + 2) in _WAR_STARTS:
            return True  # "since the coup", "since the invasion"
        if w in ("conflict", "war") and ctx.w(k - 1).endswith("'s") and ctx.w(k + 1) in _WAR_BEGAN:
            return True  # "since Syria's conflict erupted in 2011"
        if w in ("nationwide", "countrywide"):
            return True
        if w == "years" and _years_span(ctx, k):
            return True
    return False


_WAR_EPITHETS = {"-", "long", "decade", "decades", "year", "years", "civil", "brutal", "bloody", "ongoing",
                 "devastating", "protracted", "grinding", "two", "three", "four", "five", "ten", "11", "12"}


def _owned_war(ctx: SentenceContext, k: int) -> bool:
    """ "Yemen's decade-long war", "Sudan's civil war": a war named by its country's possessive,
    epithets between (not "Israel's strikes", not "the war's first week")."""
    j = k - 1
    while j > k - 6 and ctx.w(j) in _WAR_EPITHETS:
        j -= 1
    return ctx.w(j).endswith("'s")


_WAR_STARTS = {"coup", "invasion", "takeover", "uprising", "revolution", "start", "beginning", "outbreak"}
_WAR_BEGAN = {"erupted", "began", "started", "broke", "begun"}
_SPAN_PREPS = {"over", "in", "across", "after"}
_SPAN_FILLERS = {"the", "past", "last", "nearly", "almost", "more", "than", "some", "about", "two", "three", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "few"}


def _years_span(ctx: SentenceContext, k: int) -> bool:
    """ "over seven years", "over the past three years", "in the last 10 years": a span of
    years before token k ("years")."""
    for j in range(k - 1, max(-1, k - 5), -1):
        w = ctx.w(j)
        if w in _SPAN_PREPS:
            return j < k - 1
        if w not in _SPAN_FILLERS and not w.isdigit():
            return False
    return False


def civil_war_state(gaz: Gazetteer, doc: DocSides) -> str | None:
    """The state a civil war the document is about is named after ("Yemeni civil war" ->
    yemen), else None (wars between states, or no single one)."""
    if not doc.conflicts:
        return None
    cid = doc.conflicts.most_common(1)[0][0]
    label = gaz.conflicts[cid].label.lower()
    if "civil war" not in label:
        return None
    named = [s for s in gaz.conflicts[cid].members()
             if any(n.lower() in label.split() for n in (*gaz.sides[s].demonyms, *gaz.sides[s].aliases))]
    return named[0] if len(named) == 1 else None


def scene_sides(ctx: SentenceContext, gaz: Gazetteer) -> list[str]:
    """Sides of the places a sentence is set in: its gazetteer towns with a side, and sides'
    names after a locative ("in Beirut's southern suburbs", "in southern Lebanon")."""
    out = []
    for tok, side, form in mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form == "place" or (form == "alias" and locative(ctx, tok, WHERE_FELL)):
            k = tok - 1
            while k > 0 and ctx.w(k) not in LOCATIVE:
                k -= 1
            if ctx.w(k - 1) in _SEAT_NOUNS or ctx.w(k - 1).endswith("'s"):
                continue  # "the ministry in Moscow", "the UN mission in Iraq": where a body sits
            out.append(side)
    return out


_SEAT_NOUNS = {"ministry", "government", "authorities", "officials", "office", "embassy", "command", "headquarters",
               "court", "parliament", "spokesman", "spokesperson", "mission", "correspondent", "reporters", "based",
               "bureau", "agency", "leadership", "regime", "administration", "military", "army", "officers"}


def scene_before(doc: DocSides | None, si: int) -> str | None:
    """The one side whose places the sentence before (same paragraph) is set in."""
    if doc is None or not 0 < si < len(doc.scenes):
        return None
    para, _ = doc.scenes[si]
    ppara, sides = doc.scenes[si - 1]
    if ppara != para or len(set(sides)) != 1:
        return None
    return sides[0]


WHERE_FELL = {"in", "across", "throughout", "inside", "near", "at"}
