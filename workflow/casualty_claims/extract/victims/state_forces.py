"""Soldiers named only as the state's: "junta soldiers", "government troops", "federal
soldiers", "regime forces", "army soldiers". In a civil war these words name the state's
army, whoever speaks: the RSF's "army soldiers" are Sudan's, the TDF's "government soldiers"
Ethiopia's, the resistance's "junta troops" Myanmar's. Without a nationality the older
rules gave them the speaker's own side (soldiers without a nationality are the claimant's)."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import armed_group_speaker, belligerent, populated
from casualty_claims.extract.victims.mentions import mention_sides
from casualty_claims.gazetteer import Gazetteer

# Words that make a force the state's ("pro-government" too; not "anti-government" nor
# "government-held", a place)
STATE_EPITHETS = {"junta", "junta's", "regime", "regime's", "government", "government's", "federal", "army",
                  "security"}


def state_epithet(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the people phrase in tokens [a, b) call its soldiers the state's, before a
    military noun ("junta soldiers", "pro-government militiamen", "members of the security forces")?
    Not "military personnel": a plain noun for any army's soldiers."""
    for k in range(a, b):
        if ctx.w(k) not in STATE_EPITHETS:
            continue
        if ctx.w(k + 1) == "-" or (ctx.w(k - 1) == "-" and ctx.w(k - 2) != "pro"):
            continue  # "government-held", "anti-government"
        if any(ctx.w(j) in L.MILITARY_NOUNS or ctx.w(j) in ("forces", "force") for j in range(k + 1, min(b + 1, k + 3))):
            return True
    return False


def war_state(gaz: Gazetteer, conflict: str) -> str | None:
    """The state a war is fought in against armed groups: the one state of a civil war its
    label names ("Sudanese civil war" -> sudan), else the one state that armed groups fight
    in it (Tigray war -> ethiopia, "M23 offensive" -> drc); None for wars between states."""
    members = gaz.conflicts[conflict].members()
    states = sorted(s for s in members if populated(gaz, s) and not _insurgent(gaz, s))
    label = gaz.conflicts[conflict].label.lower()
    if "civil war" in label:
        words = set(label.replace("'s", " ").replace("–", " ").replace("-", " ").split())
        named = [s for s in states if any(n.lower() in words for n in (*gaz.sides[s].demonyms, *gaz.sides[s].aliases))]
        return named[0] if len(named) == 1 else None
    fought = [s for s in states
              if any(_insurgent(gaz, e) for g in gaz.conflicts[conflict].sides if s not in g for e in g)]
    return fought[0] if len(fought) == 1 else None


_STATE_ACTORS = {"military", "defence_ministry", "general_staff", "government", "head_of_state"}


def _insurgent(gaz: Gazetteer, side: str) -> bool:
    """An armed group, not a state: one an armed group speaks for, or without towns whose
    actors include no army or government (the Taliban's spokesman, IS's media)."""
    if armed_group_speaker(gaz, side):
        return True
    kinds = {a.kind for a in gaz.actors.values() if a.side == side}
    return not populated(gaz, side) and bool(kinds) and not kinds & _STATE_ACTORS


def state_forces_side(ctx: SentenceContext, gaz: Gazetteer, a: int, b: int, claimant_side: str | None,
                      doc: DocSides | None) -> str | None:
    """The side of soldiers called the state's (see state_epithet): the state of the war the
    claimant fights in, else of the war of the sides the sentence names outside the people
    phrase (a digest's "Syria: ... 14 regime soldiers"), the one the document's places belong
    to most first, else of the document's war."""
    if not state_epithet(ctx, a, b):
        return None
    counts = doc.conflicts if doc is not None else {}
    if belligerent(gaz, claimant_side):
        wars = sorted(gaz.conflicts_of(claimant_side), key=lambda c: -counts.get(c, 0))
    else:
        # (not the people's own parts: "government soldiers and allied militiamen, including
        # Iraqi and Afghan Shia fighters" are Syria's)
        named = [side for tok, side, _ in mention_sides(ctx, gaz, 0, len(ctx.toks), set())
                 if not a <= tok < b + _PARTS_REACH]
        wars = sorted(dict.fromkeys(c for side in named for c in gaz.conflicts_of(side)),
                      key=lambda c: -counts.get(c, 0))
        if counts:
            wars.append(counts.most_common(1)[0][0])
    for conflict in wars:
        state = war_state(gaz, conflict)
        if state:
            return state
    return None


_PARTS_REACH = 12


def enemy_state(gaz: Gazetteer, armed_group: str, doc: DocSides | None) -> str | None:
    """The state an armed group fights in the war the document's places belong to most
    (the TDF's enemy: Ethiopia; the TTP's: Pakistan)."""
    counts = doc.conflicts if doc is not None else {}
    for conflict in sorted(gaz.conflicts_of(armed_group), key=lambda c: -counts.get(c, 0)):
        state = war_state(gaz, conflict)
        if state and state != armed_group and gaz.are_enemies(state, armed_group):
            return state
    return None
