"""Whose people a count is about (victim side) and whether they are soldiers or civilians.

In order of trust:
1. the people phrase itself: "89 Russian conscripts", "Ukraine's soldiers", "IDF
   soldiers", "300 enemy troops" (the claimant's enemy), "its own soldiers";
2. the name in front of a toll: "Russian losses", "Gaza's death toll";
3. where they were hit, after the cue: "killed in Gaza", "civilians in Kharkiv";
4. who attacked: "a Russian missile strike ... killed 12" -> Russia's enemy;
5. a place in the sentence whose population belongs to one side;
6. the document: the side most often named as victim in its other claims;
7. the claimant's own side when it is a belligerent (sides mostly count their own dead);
otherwise unknown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.types import Link
from casualty_claims.gazetteer import THIRD_PARTY, UNKNOWN, Gazetteer

_SUPPLY = {"supplied", "made", "provided", "donated", "built", "backed", "funded", "designed", "produced"}
_ATTACK_MODIFIERS = {"missile", "drone", "air", "rocket", "artillery", "cruise", "ballistic", "kamikaze", "shahed",
                     "military", "army", "naval", "precision", "retaliatory", "heavy", "massive", "overnight",
                     "deadly", "combined", "guided", "glide", "ground", "special", "security", "armed", "-", "led"}
_LOCATIVE = {"in", "across", "throughout", "inside", "from", "near", "at", "on", "of"}


@dataclass
class DocSides:
    """What the whole document says about sides: used when a sentence does not."""

    mentions: Counter = field(default_factory=Counter)  # side -> times named in the document
    victims: Counter = field(default_factory=Counter)  # side -> times named as victim explicitly
    first_victim: dict = field(default_factory=dict)  # side -> first position seen
    places: Counter = field(default_factory=Counter)  # side -> times a place of that side is named

    def default_victim(self) -> str | None:
        if not self.victims:
            return None
        best = max(self.victims.items(), key=lambda kv: (kv[1], -self.first_victim.get(kv[0], 0)))
        return best[0]


def _mention_sides(ctx: SentenceContext, gaz: Gazetteer, a: int, b: int,
                   exclude: set[int]) -> list[tuple[int, str, str]]:
    """(token, side, form) of side/actor names inside tokens [a, b)."""
    found: list[tuple[int, str, str]] = []
    for m in ctx.sides:
        ma, mb = ctx.tok_index_of_mention(m)
        if a <= ma < b and ma not in exclude:
            found.append((ma, m.ref, m.form))
    for m in ctx.actors:
        ma, mb = ctx.tok_index_of_mention(m)
        side = gaz.actors[m.ref].side
        if a <= ma < b and ma not in exclude and side != THIRD_PARTY:
            found.append((ma, side, "actor"))
    for m in ctx.places:
        ma, mb = ctx.tok_index_of_mention(m)
        side = gaz.places[m.ref].side
        if a <= ma < b and ma not in exclude and side:
            found.append((ma, side, "place"))
    found.sort()
    return found


def explicit_victim(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                    exclude: set[int]) -> str | None:
    """Steps 1-3: the victim side the sentence states next to the count, else None."""
    q = link.qty
    a, b = link.np_start, link.np_end
    span_end = b
    if link.how == "right":
        span_end = max(b, link.cue_start)
    # 1. the people phrase (and a parenthetical / place before the verb)
    words = [ctx.w(k) for k in range(a, span_end)]
    if "enemy" in words and claimant_side and claimant_side not in (THIRD_PARTY, "author"):
        enemies = gaz.enemies_of(claimant_side)
        if enemies:
            return enemies[0]
    if any(w in ("its", "their", "our", "own") for w in words) and claimant_side and \
            claimant_side not in (THIRD_PARTY, "author"):
        return claimant_side
    inside = [s for s in _mention_sides(ctx, gaz, a, span_end, exclude) if s[2] != "place"]
    if inside:
        return inside[0][1]
    # "the deaths of 12 Ukrainian soldiers": the noun-of phrase has its own words after the count
    # 2. the name in front of a toll noun or of the verb's object: "Russian losses at 400"
    if link.how in ("toll", "of"):
        pre = _mention_sides(ctx, gaz, max(0, link.cue_start - 3), link.cue_start + 1, exclude)
        pre = [s for s in pre if s[2] != "place"]
        if pre:
            return pre[-1][1]
    # soldiers without a nationality are the claimant's own, "militants" the claimant's enemy
    if claimant_side and claimant_side in gaz.sides and gaz.conflicts_of(claimant_side):
        if set(words) & L.ENEMY_TERMS:
            enemies = gaz.enemies_of(claimant_side)
            if enemies:
                return enemies[0]
        if set(words) & L.OWN_TERMS:
            return claimant_side
    # 3. where: "killed in Gaza", "12 civilians in Kharkiv"
    lo = a if link.how != "left" else b
    hi = min(len(ctx.toks), max(span_end, link.cue_end) + 8)
    for tok, side, form in _mention_sides(ctx, gaz, lo, hi, exclude):
        if ctx.w(tok - 1) in _LOCATIVE or (ctx.w(tok - 1) == "the" and ctx.w(tok - 2) in _LOCATIVE):
            if form in ("place", "alias"):
                return side
    inplace = [s for s in _mention_sides(ctx, gaz, a, span_end, exclude) if s[2] == "place"]
    if inplace:
        return inplace[0][1]
    return None


def attacker(ctx: SentenceContext, gaz: Gazetteer, exclude: set[int]) -> str | None:
    """The side that struck: "a Russian missile strike", "Israeli forces", "by Hamas"."""
    found: list[tuple[int, str, str]] = []
    for m in [*ctx.sides, *ctx.actors]:
        ma, mb = ctx.tok_index_of_mention(m)
        if ma in exclude:
            continue
        side = m.ref if m in ctx.sides else gaz.actors[m.ref].side
        if side == THIRD_PARTY:
            continue
        nxt = ctx.w(mb)
        if nxt == "-" and ctx.w(mb + 1) in _SUPPLY:
            continue  # "US-supplied missiles": the supplier is not the attacker
        if nxt in L.ATTACK_NOUNS or (nxt in _ATTACK_MODIFIERS and (ctx.w(mb + 1) in L.ATTACK_NOUNS
                                                                   or ctx.w(mb + 2) in L.ATTACK_NOUNS)):
            found.append((ma, side, "attack"))
        elif ctx.w(ma - 1) == "by" or (ctx.w(ma - 1) == "the" and ctx.w(ma - 2) == "by"):
            found.append((ma, side, "by"))
        elif ctx.w(mb) in L.KILLED_BEFORE or (ctx.w(mb) in ("have", "has", "had") and ctx.w(mb + 1) in L.KILLED_BEFORE):
            found.append((ma, side, "subject"))
    if not found:
        return None
    return found[0][1]


def _enemy_for(gaz: Gazetteer, side: str, ctx: SentenceContext, doc: DocSides) -> str | None:
    enemies = gaz.enemies_of(side)
    if not enemies:
        return None
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside in enemies:
            return pside
    ranked = sorted(enemies, key=lambda s: (-doc.mentions.get(s, 0), enemies.index(s)))
    return ranked[0]


def victim_side(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                exclude: set[int], doc: DocSides) -> str:
    side = explicit_victim(ctx, link, gaz, claimant_side, exclude)
    if side:
        return side
    # "US-supplied Himars missiles" are weapons, not attackers of a side: "supplied"/"made" skip
    att = attacker(ctx, gaz, exclude)
    if att:
        enemy = _enemy_for(gaz, att, ctx, doc)
        if enemy:
            return enemy
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside and ctx.tok_index_of_mention(m)[0] not in exclude:
            return pside
    default = doc.default_victim()
    if default:
        return default
    if doc.places:
        return doc.places.most_common(1)[0][0]
    if claimant_side and claimant_side not in (THIRD_PARTY, "author") and gaz.conflicts_of(claimant_side):
        return claimant_side
    return UNKNOWN


def victim_group(ctx: SentenceContext, link: Link) -> str:
    a, b = link.np_start, link.np_end
    end = max(b, link.cue_start if link.how == "right" else b)
    words = {ctx.w(k) for k in range(a, end)}
    mil = bool(words & L.MILITARY_NOUNS)
    civ = bool(words & L.CIVILIAN_NOUNS)
    if mil and civ:
        return "mixed"
    if mil:
        return "military"
    if civ:
        return "civilian"
    return "unknown"
