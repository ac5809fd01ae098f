"""Steps 4-7 of the victim side (see the package): when the sentence does not say whose
people a count is, the attacker's enemy, the people referred back to, the sentence's
places, the document's victims and the claimant's own side."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.attacker import attacker, dated_attack, harm_agent, subject_agent
from casualty_claims.extract.victims.both_sides import fighting_sides
from casualty_claims.extract.victims.document import DocSides, established_side
from casualty_claims.extract.victims.enemies import armed_side, belligerent, enemy_for, host_state, populated
from casualty_claims.extract.victims.explicit import explicit_victim, included
from casualty_claims.extract.victims.groups import own_group
from casualty_claims.extract.victims.mentions import mention_sides
from casualty_claims.extract.victims.sections import same_section, section_side
from casualty_claims.extract.victims.places import civil_war_state, population, scene_before, war_wide
from casualty_claims.extract.victims.words import ENEMY_TERMS, OWN_EXTRA
from casualty_claims.gazetteer import THIRD_PARTY, UNKNOWN, Gazetteer


def _referent(ctx: SentenceContext, link: Link, si: int, prior: list[dict]) -> str | None:
    """The side of the people a count refers back to.

    "including five children" and "18 of them" belong to the claim before them in the
    sentence; "1,500 of them" opening a sentence and "a dozen of those fighters" to the
    last claim of the previous sentences."""
    same = [p for p in prior if p["si"] == si]
    back = [p for p in prior if si - 3 <= p["si"] < si]
    words = [ctx.w(k) for k in range(link.np_start, link.np_end)]
    if link.how == "subset" or words in (["them"], ["whom"]) or (included(ctx, link) and same):
        pool = same or back
    elif ctx.w(link.np_start - 1) in ("those", "these") and ctx.w(link.np_start - 2) == "of":
        pool = same or back
    else:
        return None
    return pool[-1]["side"] if pool else None


def _bare(ctx: SentenceContext, link: Link) -> bool:
    """No people noun of its own: "46 dead", "300 wounded", "187 still listed as missing"."""
    return all(ctx.w(k) in L.CHAIN or ctx.w(k) in ("more", "others", "other") for k in range(link.np_start, link.np_end))


_ITEM_QUALIFIERS = {"over", "more", "than", "up", "to", "upto", "about", "around", "nearly", "almost", "some",
                    "another", "a", "further", "at", "least"}


def _word_before_qualifiers(ctx: SentenceContext, link: Link) -> str:
    """The word before a figure and the qualifiers in front of it ("and over 500" -> "and")."""
    k = link.qty.tok_start - 1
    while ctx.w(k) in _ITEM_QUALIFIERS:
        k -= 1
    return ctx.w(k)


def _list_item(ctx: SentenceContext, link: Link) -> bool:
    """A bare figure after a comma or "and", followed straight by a place phrase: ", over
    6,600 in the Kursk direction", "and 300 near Bakhmut"."""
    if not _bare(ctx, link):
        return False
    return _word_before_qualifiers(ctx, link) in (",", "and") \
        and ctx.w(link.qty.tok_end) in ("in", "near", "at", "on", "around", "outside")


_OTHER_HARMS = {"wounded", "missing", "captured"}


def _second_harm(ctx: SentenceContext, link: Link) -> bool:
    """A bare figure after "and" counting another harm than the claim before it: "and 60 were
    wounded", "and over 500 injured" (a second toll of the same harm, "and 5 were killed in
    Lebanon", may be other people)."""
    if link.ctype not in _OTHER_HARMS or not _bare(ctx, link):
        return False
    return _word_before_qualifiers(ctx, link) == "and"


def _echo(link: Link, prior: list[dict]) -> str | None:
    """A figure repeated without its people ("Kyiv's 400 is five times Moscow's 89")
    belongs to the earlier claim with that figure."""
    same = [p for p in prior if p.get("value") == (link.qty.low, link.qty.high) and p["side"] != UNKNOWN]
    return same[-1]["side"] if same else None


_CARE_KINDS = {"health_ministry", "emergency_service", "local_authority"}
_CARE_WORDS = {"health", "emergency", "civil", "rescue", "ambulance"}


def _carer(ctx: SentenceContext, gaz: Gazetteer, claimant_side: str) -> bool:
    """Does the sentence name the claimant's side's health ministry, emergency service or
    local authority ("Lebanon's health ministry", "Israel's emergency service")?"""
    for m in ctx.actors:
        actor = gaz.actors[m.ref]
        if actor.kind in _CARE_KINDS and actor.side == claimant_side:
            return True
    for m in ctx.sides:
        if m.ref != claimant_side:
            continue
        a, b = ctx.tok_index_of_mention(m)
        if ctx.w(b) in _CARE_WORDS or (ctx.w(b - 1).endswith("'s") and ctx.w(b) in _CARE_WORDS):
            return True
    return False


_CIVIL_KINDS = _CARE_KINDS | {"government", "head_of_state"}


def _civil(gaz: Gazetteer, claimant_id: str | None) -> bool:
    """Is the claimant a civil authority (a government, a ministry, a city administration),
    not an army or a side named as such?"""
    actor = gaz.actors.get(claimant_id) if claimant_id else None
    return actor is not None and actor.kind in _CIVIL_KINDS


def _cares(gaz: Gazetteer, claimant_id: str | None, claimant_side: str | None) -> bool:
    """Is the claimant itself a side's health ministry, emergency service or local
    authority, named earlier and referred to here ("..., the ministry said")?"""
    actor = gaz.actors.get(claimant_id) if claimant_id else None
    return actor is not None and actor.kind in _CARE_KINDS and actor.side == claimant_side


_NEUTRAL_STATE_KINDS = {"government", "military", "defence_ministry", "head_of_state"}


def _neutral_army_own(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                      claimant_id: str | None, exclude: set[int]) -> bool:
    """ "The SANDF said two more soldiers had died of their wounds in Goma": a government
    not at war (peacekeepers' countries, CONVENTIONS) speaking of soldiers it does not name
    counts its own, whose country the gazetteer does not know -- not the people of the place."""
    actor = gaz.actors.get(claimant_id) if claimant_id else None
    if claimant_side != THIRD_PARTY or actor is None or actor.kind not in _NEUTRAL_STATE_KINDS \
            or link.qty.value >= 1000:
        return False
    group, kind = own_group(ctx, link, set())
    words = {ctx.w(k) for k in range(link.np_start, link.np_end)}
    return group == "military" and kind == "firm" and not words & ENEMY_TERMS \
        and not mention_sides(ctx, gaz, link.np_start, link.np_end, exclude)


def _both_sides_men(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                    exclude: set[int]) -> bool:
    """ "Over 100 fighters have been killed in clashes between Turkey-backed groups and Kurdish
    forces", "Dozens were killed in Afghanistan-Pakistan border clashes": fighters (or the dead,
    with no noun) of fighting between two named enemies, counted by neither, are of both."""
    group, _ = own_group(ctx, link, set())
    # (not a toll: "the death toll in Lebanon from the Hezbollah-Israeli confrontations" is one country's)
    if link.how == "toll" or not (group == "military" or _bare(ctx, link)) or mention_sides(ctx, gaz, link.np_start, link.np_end, exclude):
        return False
    pair = fighting_sides(ctx, gaz)
    return pair is not None and claimant_side not in pair


def victim_side(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                exclude: set[int], doc: DocSides, si: int = 0, prior: list[dict] | None = None,
                claimant_id: str | None = None) -> str:
    """Whose people a count is about; `prior` holds the document's earlier claims in
    reading order as {"si": sentence index, "side": victim side, "explicit": bool,
    "value": (low, high)}; `claimant_id` the claimant's actor id when it is one."""
    side = _victim_side(ctx, link, gaz, claimant_side, exclude, doc, si, prior, claimant_id)
    if side != UNKNOWN and belligerent(gaz, side) and not populated(gaz, side) and _civilians(ctx, link, gaz,
                                                                                            claimant_side, exclude):
        # civilians belong to a population, and an armed group without towns has none:
        # civilians killed in IS-held Raqqa, in Hezbollah's strongholds, in RSF-held towns
        # are the people of the state the document names (CONVENTIONS: civilians' side)
        side = host_state(gaz, side, ctx, doc) or side
    return side


def _civilians(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
               exclude: set[int]) -> bool:
    """Civilians, or people whose side the sentence does not name next to them."""
    group, kind = own_group(ctx, link, set())
    return group == "civilian" or (kind == "people" and explicit_victim(ctx, link, gaz, claimant_side, exclude) is None)


def _victim_side(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                 exclude: set[int], doc: DocSides, si: int = 0, prior: list[dict] | None = None,
                 claimant_id: str | None = None) -> str:
    prior = prior or []
    if _neutral_army_own(ctx, link, gaz, claimant_side, claimant_id, exclude) \
            or _both_sides_men(ctx, link, gaz, claimant_side, exclude):
        return UNKNOWN
    established = established_side(prior)
    side = explicit_victim(ctx, link, gaz, claimant_side, exclude, doc, established)
    if side:
        # "lost up to 1,890 servicemen in a day, over 6,600 in the Kursk direction": a figure
        # with only a place after it continues the list of the count before it; soldiers fall
        # on the enemy's ground as often as on their own
        same = [p for p in prior if p["si"] == si and p.get("explicit") and p.get("group") == "military"]
        if same and same[-1]["side"] not in (side, UNKNOWN) and _list_item(ctx, link):
            return same[-1]["side"]
        # "40 Russian soldiers were killed and 60 were wounded near Bakhmut": the second harm
        # of a pair befalls the people the first named; the place after it is where, not whose
        named = [p for p in prior if p["si"] == si and p.get("explicit") and p["side"] != UNKNOWN]
        if named and named[-1]["side"] != side and _second_harm(ctx, link):
            return named[-1]["side"]
        return side
    side = _referent(ctx, link, si, prior)
    if side and side != UNKNOWN:
        return side
    group, kind = own_group(ctx, link, set())
    words = {ctx.w(k) for k in range(link.np_start, link.np_end)}
    # a side's own health ministry, emergency service or local authority counts its own
    # people ("Lebanon's health ministry said five people", "Israel's emergency service
    # said it had treated 30 people")
    if belligerent(gaz, claimant_side) and not words & ENEMY_TERMS and (
            _carer(ctx, gaz, claimant_side) or (group != "military" and _cares(gaz, claimant_id, claimant_side))):
        return claimant_side
    civilian = group == "civilian" or (kind in ("people", "bare") and not words & (L.OWN_TERMS | OWN_EXTRA | ENEMY_TERMS))
    bare = _bare(ctx, link)
    if link.how == "echo":
        side = _echo(link, prior)
        if side:
            return side
    # "400 soldiers were killed and 300 wounded": a count without its own noun shares the
    # people of the claim before it in the sentence
    # (an explicit unknown too: "killing three terrorists [of a group nobody names] and
    # leaving two others injured" are the same unknown group, not the speaker's people)
    same = [p for p in prior if p["si"] == si and (p["side"] != UNKNOWN or p.get("explicit"))]
    if same and (bare or (words & {"more", "others", "other"} and not words & (L.MILITARY_NOUNS | L.CIVILIAN_NOUNS))):
        # "33 dead ..., while rescuers said dozens more people were unaccounted for"
        return same[-1]["side"]
    # "the conflict, which by then had killed more than 4,000 civilians", "over seven years
    # ... 9,000 civilians killed by coalition air raids": a civil war's toll of civilians or
    # people with no place counts the country's population (CONVENTIONS: whole-war tolls)
    if civilian and group != "military" and not ctx.places and war_wide(ctx):
        side = civil_war_state(gaz, doc)
        if side:
            return side
    # the side whose strike it was: "a Russian strike on Kharkiv killed 12". Only a strike
    # or a weapon names it; "Israeli forces" may as well be the victims or the speakers.
    att = attacker(ctx, gaz, exclude, strikes_only=True)
    if att:
        enemy = enemy_for(gaz, att, ctx, doc)
        if enemy:
            if civilian and group != "military" and armed_side(gaz, enemy):
                # civilians killed by a state's strike on an armed group's areas are the
                # population of the place ("a Syrian helicopter dropped the cylinder that
                # killed 43 people" in Douma; a US strike on a hospital in Kunduz)
                return population(ctx, gaz, doc, exclude) or enemy
            return enemy
    # "eight were killed by Hamas", "killed in the attack led by Hamas": the agent's enemy,
    # when the document names only one (Turkish-backed fighters in a text naming Syria and
    # the SDF may have killed either's people: left to the places)
    agent = harm_agent(ctx, gaz, link, exclude)
    if agent:
        named = [e for e in gaz.enemies_of(agent) if doc.mentions.get(e)]
        if len(named) == 1 and populated(gaz, named[0]):
            return named[0]
    # "Hamas killed 1,200 people", "Hamas seized 251 hostages": the subject of the verb the
    # count is the object of struck, and the dead are its enemy's (not the claimant's own
    # act: "they said they killed", handled with the claimant)
    agent = subject_agent(ctx, gaz, link, exclude) or dated_attack(ctx, link)
    if agent and agent != claimant_side:
        enemy = enemy_for(gaz, agent, ctx, doc)
        if enemy:
            if civilian and group != "military" and armed_side(gaz, enemy):
                return population(ctx, gaz, doc, exclude) or enemy
            return enemy
    side = population(ctx, gaz, doc, exclude, sentence_only=True)
    if side:
        return side
    if group == "civilian":
        # "11 of its soldiers and 40 civilians": civilians counted beside a side's soldiers,
        # or by a belligerent, are that side's own population
        same = [p for p in prior if p["si"] == si and p["side"] != UNKNOWN and p.get("explicit")]
        if same and populated(gaz, same[-1]["side"]):
            return same[-1]["side"]
        if belligerent(gaz, claimant_side) and populated(gaz, claimant_side) and not words & ENEMY_TERMS:
            return claimant_side
    # the people a narrative last named as victims, a sentence or two ago
    recent = [p for p in prior if si - 2 <= p["si"] < si and p["explicit"] and same_section(doc, p["si"], si)]
    if recent and group == "civilian" and recent[-1].get("group") == "military":
        recent = []  # civilians are not the fighters the narrative just counted
    if recent and (civilian or bare) and group != "military" and recent[-1]["si"] < si - 1 and scene_before(doc, si):
        recent = []  # the sentence just before, with no claim of its own, set a new scene
    if recent:
        # a state's ministry counting "people" after a claim about an allied armed group's
        # fighters ("eight of its fighters" then "killed 20 people, the health ministry said")
        # counts its own people
        if belligerent(gaz, claimant_side) and recent[-1]["side"] != claimant_side \
                and gaz._allied(claimant_side, recent[-1]["side"]) and not gaz.are_enemies(claimant_side, recent[-1]["side"]):
            return claimant_side
        return recent[-1]["side"]
    if (civilian or bare) and group != "military":
        # "Pagers exploded in Beirut's southern suburbs ... The health minister spoke of nine
        # dead": a count nobody places happened where the sentence before it was set
        side = scene_before(doc, si)
        if side:
            return side
    # a digest's item under a country label: that item's war, not the digest's main side
    side = section_side(ctx, gaz, link, doc, si, claimant_side)
    if side:
        return side
    if civilian and group != "military":
        # people and civilians nobody names: the population of the places the document is about
        side = population(ctx, gaz, doc, exclude, sentence_only=False)
        # (also when the claimant is that population's own civil authority: a minister counting
        # the people killed at a hospital in his country, in a story about the enemy's losses too)
        if side and (group == "civilian" or not doc.default_victim()
                     or not populated(gaz, doc.default_victim()) or (side == claimant_side and _civil(gaz, claimant_id))):
            return side
    default = doc.default_victim()
    if default:
        return default
    if doc.places:
        return doc.places.most_common(1)[0][0]
    if claimant_side and claimant_side not in (THIRD_PARTY, "author") and gaz.conflicts_of(claimant_side):
        return claimant_side
    return UNKNOWN
