"""Foreigners fighting in a belligerent's army are that army's side (CONVENTIONS, rulings with
H-M): "12 Indians killed fighting for Russia", "Indian nationals who had been serving in the
Russian army", "Colombians who fought for Ukraine", "North Korean soldiers deployed with
Russian forces". Their nationality names them, the army they served names their side."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.enemies import belligerent
from casualty_claims.extract.victims.mentions import mention_end, party_names
from casualty_claims.gazetteer import Gazetteer

_SERVICE_VERBS = {"fighting", "fought", "fight", "serving", "served", "serve", "recruited", "enlisted", "deployed",
                  "conscripted", "mobilised", "mobilized", "contracted"}
# "for Russia" names the army by its side; "in", "with", "into", "alongside" only before a force
# noun ("in the Russian army", "with Russian forces"): "fighting in Ukraine" is a place
_FOR = {"for", "on"}
_IN = {"in", "with", "into", "alongside", "by"}
_FORCE_NOUNS = {"army", "armies", "forces", "force", "military", "ranks", "troops", "units", "unit", "side"}
_REACH = 16


def served_side(ctx: SentenceContext, gaz: Gazetteer, link: Link) -> str | None:
    """The belligerent whose army the counted people served in, when the count's clause says
    so after the people, else None."""
    start = link.np_start
    for k in range(start, min(len(ctx.toks), max(link.np_end, link.cue_end) + _REACH)):
        w = ctx.w(k)
        if w in (";", ".") or (w[:1].isdigit() and k >= link.qty.tok_end and k > link.np_end):
            return None
        if w not in _SERVICE_VERBS:
            continue
        prep = k + 1
        if ctx.w(prep) not in _FOR | _IN:
            continue
        a = prep + 1 + (ctx.w(prep + 1) in ("the", "a"))
        if ctx.w(prep) == "on" and ctx.w(a) != "behalf":
            continue
        if ctx.w(a) == "behalf" and ctx.w(a + 1) == "of":
            a += 2
        named = party_names(ctx, gaz, a, a + 1)
        if not named:
            continue
        side = named[0][1]
        end = mention_end(ctx, gaz, named[0][0])
        if ctx.w(prep) in _IN and ctx.w(end) not in _FORCE_NOUNS and named[0][2] != "actor":
            continue
        return side if belligerent(gaz, side) else None
    return None
