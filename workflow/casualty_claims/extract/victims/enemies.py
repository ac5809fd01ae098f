"""Belligerents, their enemies and their populations: which enemy "the enemy" or
"militants" means for a speaker, which sides hold towns of their own, and which state an
armed group without towns shares its territory with."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.mentions import locative, mention_sides
from casualty_claims.gazetteer import THIRD_PARTY, UNKNOWN, Gazetteer


def belligerent(gaz: Gazetteer, side: str | None) -> bool:
    return bool(side) and side not in (THIRD_PARTY, "author") and side in gaz.sides and bool(gaz.conflicts_of(side))


def main_enemy(gaz: Gazetteer, side: str, ctx: SentenceContext | None = None,
               doc: DocSides | None = None, armed: bool = False) -> str | None:
    """The enemy of `side` the text is about: "militants", "the enemy", "occupiers" name
    the speaker's enemy, and a side with several wars (Turkey: Syria, the SDF, IS) means
    the one its document names most, else the one a place in the sentence belongs to,
    else the first conflict listed.

    With `armed` (the people are "terrorists", "militants", "rebels"), the enemy is an
    armed group of the war the sentence's places, else the document's places, belong to:
    Israel's "terrorists" near the Litani are Hezbollah, not Lebanon; Russia's
    "terrorists" in Aleppo are the Syrian rebels, not Turkey. An armed group is a side
    without towns of its own in the gazetteer."""
    enemies = gaz.enemies_of(side)
    if not enemies:
        return None
    mentions = doc.mentions if doc is not None else {}
    placed = [gaz.places[m.ref].side for m in ctx.places] if ctx is not None else []
    sites = doc.sites if doc is not None else {}
    if armed:
        wars = [gaz.places[m.ref].conflict for m in ctx.places] if ctx is not None else []
        wars = [w for w in wars if w and side in gaz.conflicts[w].members()]
        if not wars and doc is not None and doc.conflicts:
            wars = [w for w, _ in doc.conflicts.most_common() if side in gaz.conflicts[w].members()][:1]
        if wars:
            pool = [s for s in enemies if s in gaz.conflicts[wars[0]].members()]
            if pool:
                ranked = sorted(pool, key=lambda s: (not armed_side(gaz, s), -mentions.get(s, 0), pool.index(s)))
                return ranked[0]
    ranked = sorted(enemies, key=lambda s: (s not in placed, -sites.get(s, 0), -mentions.get(s, 0), enemies.index(s)))
    return ranked[0]


def named_enemy(gaz: Gazetteer, side: str, ctx: SentenceContext | None, doc: DocSides | None,
                armed: bool = False) -> str | None:
    """The enemy of a speaker's side that "the enemy", "soldiers it killed" or, with
    `armed`, "terrorists"/"militants" mean. Armed men are the speaker's enemy in a war the
    document identifies (one of the side's enemies is named, or a place of a war the side
    fights in); otherwise they are of an armed group the gazetteer may not know: a Pakistani
    army statement about "terrorists" killed in North Waziristan that never names India.
    Their side is then unknown (UNKNOWN, not None: no later rule may give them the
    speaker's side). Soldiers and "the enemy" keep the side's main enemy: states fight
    states the reader can name ("the Pakistani army said it killed 12 soldiers")."""
    enemy = main_enemy(gaz, side, ctx, doc, armed=armed)
    if enemy is None or doc is None or not armed:
        return enemy
    enemies = gaz.enemies_of(side)
    if any(doc.mentions.get(e) or doc.places.get(e) for e in enemies):
        return enemy
    # a place of the side's own names a war at home only against an armed group (Helmand:
    # the Taliban); militants killed in Rajouri or North Waziristan by the country's own
    # forces are insurgents, not the neighbouring state's men, unless the document names it
    for (c, pside), n in doc.conflict_sides.items():
        if n and c and side in gaz.conflicts[c].members() and (
                pside != side or any(armed_side(gaz, e) for g in gaz.conflicts[c].sides if side not in g for e in g)):
            return enemy
    return UNKNOWN


def war_enemy_in(gaz: Gazetteer, attacker: str, host: str) -> str | None:
    """The one enemy `attacker` fights in the wars it fights on `host`'s side: US or Israeli
    strikes "on Yemen" hit the Houthis (the Yemeni civil war), not the Yemeni government they
    back. None when the attacker fights `host` itself or has several such enemies (Russian
    strikes in Syria: the rebels, Turkey or IS)."""
    if attacker == host or gaz.are_enemies(attacker, host):
        return None
    found = _enemies_in(gaz, attacker, host)
    return found[0] if len(found) == 1 else None


def _enemies_in(gaz: Gazetteer, attacker: str, host: str) -> list[str]:
    """The enemies `attacker` fights in the wars it fights on `host`'s side, in file order."""
    found: list[str] = []
    for cid in gaz.conflicts_of(attacker):
        groups = gaz.conflicts[cid].sides
        mine = next((g for g in groups if attacker in g), ())
        if host in mine:
            found.extend(s for g in groups if g is not mine for s in g if s not in found)
    return found


def enemy_for(gaz: Gazetteer, side: str, ctx: SentenceContext, doc: DocSides | None) -> str | None:
    enemies = gaz.enemies_of(side)
    if not enemies:
        return None
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside in enemies:
            return pside
    for tok, named, form in mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        # "Israeli strikes on Yemen": the country struck decides which enemy was hit
        if form == "alias" and locative(ctx, tok, _STRUCK):
            if named in enemies:
                return named
            hit = war_enemy_in(gaz, side, named)
            if hit:
                return hit
            if named != side and not gaz._allied(side, named):
                # "Israeli air strikes in Syria" before 2024: a country the attacker fights in no
                # war of the gazetteer; its enemies elsewhere (Iran, Hezbollah) are a guess
                return None
            there = _enemies_in(gaz, side, named)
            if there:
                # "Russian strikes in Syria": one of the enemies of the wars fought there, not Ukraine
                mentions = doc.mentions if doc is not None else {}
                return sorted(there, key=lambda s: (-mentions.get(s, 0), there.index(s)))[0]
    mentions = doc.mentions if doc is not None else {}
    ranked = sorted(enemies, key=lambda s: (-mentions.get(s, 0), enemies.index(s)))
    return ranked[0]


_STRUCK = {"in", "on", "across", "inside", "against", "at"}

_STATE_KINDS = {"military", "defence_ministry", "general_staff"}


def armed_group_speaker(gaz: Gazetteer, claimant_side: str | None) -> bool:
    """Does the claimant speak for an armed group, not a state's army: a side ("Hezbollah",
    "the RSF", "Hamas") whose gazetteer actors include an armed group and no army, defence
    ministry or general staff?"""
    if not belligerent(gaz, claimant_side):
        return False
    kinds = {a.kind for a in gaz.actors.values() if a.side == claimant_side}
    return "armed_group" in kinds and not kinds & _STATE_KINDS


def armed_side(gaz: Gazetteer, side: str) -> bool:
    """A side that is an armed group (Hamas's Palestinians, Hezbollah, the Taliban), not a
    state: an armed group speaks for it and no army, or it holds no towns."""
    return armed_group_speaker(gaz, side) or not populated(gaz, side)


def populated(gaz: Gazetteer, side: str | None) -> bool:
    """Does the side hold a population of its own (a gazetteer place of that side)? An
    armed group without towns ("Taliban", "RSF", "HTS") has fighters, not civilians: the
    civilians in its areas are the state's population (CONVENTIONS)."""
    return bool(side) and side in _populated_sides(gaz)


_POPULATED_CACHE: dict[int, set[str]] = {}


def _populated_sides(gaz: Gazetteer) -> set[str]:
    key = id(gaz)
    if key not in _POPULATED_CACHE:
        _POPULATED_CACHE[key] = {p.side for p in gaz.places.values() if p.side}
    return _POPULATED_CACHE[key]


def host_state(gaz: Gazetteer, group_side: str, ctx: SentenceContext, doc: DocSides | None) -> str | None:
    """The populated side, among the members of the wars `group_side` fights in, whose
    places the sentence names, else which the document names most ("north-east Syria")."""
    pool = [s for cid in gaz.conflicts_of(group_side) for s in sorted(gaz.conflicts[cid].members())
            if s != group_side and populated(gaz, s)]
    if not pool:
        return None
    for m in ctx.places:
        if gaz.places[m.ref].side in pool:
            return gaz.places[m.ref].side
    for tok, side, form in mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form == "alias" and side in pool and locative(ctx, tok):
            return side  # "across north-east Syria"
    if doc is None:
        return None
    score = {s: (doc.located.get(s, 0) + doc.places.get(s, 0), doc.mentions.get(s, 0)) for s in pool}
    best = max(pool, key=lambda s: (score[s], -pool.index(s)))
    return best if score[best] > (0, 0) else None
