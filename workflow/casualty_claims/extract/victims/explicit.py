"""Steps 1-3 of the victim side (see the package): the side the sentence states next to
the count, from the people phrase, the toll's possessor, and where they were hit."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.attacker import (accused, attacker, claimant_acts, enemy_verb, entered, fighting_against,
                                                      repelled_side)
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import armed_group_speaker, belligerent, named_enemy, war_enemy_in
from casualty_claims.extract.victims.foreign_fighters import served_side
from casualty_claims.extract.victims.groups import composition
from casualty_claims.extract.victims.held import held_by
from casualty_claims.extract.victims.hostages import held_in, hostage_side
from casualty_claims.extract.victims.insurgents import ARMED_TERMS, home_insurgents
from casualty_claims.extract.victims.mentions import (LOCATIVE, clause_start, mention_end, mention_sides, people_sides,
                                                      sponsor)
from casualty_claims.extract.victims.places import LOCATIVE_HIT, place_between
from casualty_claims.extract.victims.possessors import (antecedent, enemy_toll, fronted_for, label_side, loser, possessor, side_phrase,
                                                        side_phrase_before, toll_noun_before, toll_possessor,
                                                        toll_subject, toll_with)
from casualty_claims.extract.victims.state_forces import enemy_state, state_forces_side
from casualty_claims.extract.victims.words import ACT_VERBS, ENEMY_TERMS, OWN_EXTRA, OWN_POSSESSIVES
from casualty_claims.gazetteer import THIRD_PARTY, UNKNOWN, Gazetteer

# Names for the fighters of an armed group (not for an enemy state's army)
_ARMED_TERMS = ARMED_TERMS


def included(ctx: SentenceContext, link: Link) -> bool:
    """Is the count a part of a count given before it in the sentence ("..., including 1,620 soldiers")?"""
    k = link.qty.tok_start
    while ctx.w(k - 1) in ("at", "least", "about", "some", "nearly", "more", "than", "over", "around", "almost"):
        k -= 1
    return ctx.w(k - 1) == "including" and any(q.tok_end <= k - 1 for q in ctx.quantities)


def explicit_victim(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                    exclude: set[int], doc: DocSides | None = None, established: str | None = None) -> str | None:
    """Steps 1-3: the victim side the sentence states next to the count, else None.
    `established` is the one side the document's earlier claims were all about."""
    q = link.qty
    a, b = link.np_start, link.np_end
    span_end = b
    if link.how == "right":
        span_end = max(b, link.cue_start)
        # an aside after a comma ("nine people, including a Kurdish politician, were")
        # names part of the toll, not whose people the toll counts
        commas = [k for k in range(b, span_end) if ctx.w(k) == ","]
        if commas:
            span_end = commas[0]
        # "47 soldiers and 84 Wagner fighters were killed": the next count's people are its own
        later = [o.tok_start for o in ctx.quantities if b <= o.tok_start < span_end and o is not q]
        if later:
            span_end = min(later)
    # 1. the people phrase (and a parenthetical / place before the verb)
    words = [ctx.w(k) for k in range(a, span_end)]
    own = belligerent(gaz, claimant_side)
    # ("enemy losses amounted to 400 killed": the toll noun the figure is said of)
    said_of = toll_noun_before(ctx, gaz, link, not [w for w in words if w not in L.CHAIN])
    if own and ("enemy" in words or enemy_toll(ctx, link) or (
            said_of is not None and ctx.w(said_of - 1) in ("enemy", "enemy's"))):
        # an armed group's "enemy forces" are the state it fights (the TDF's: Ethiopia's, not
        # Eritrea's troops beside them), a state's the enemy its document names
        enemy = (armed_group_speaker(gaz, claimant_side) and enemy_state(gaz, claimant_side, doc)) \
            or named_enemy(gaz, claimant_side, ctx, doc)
        if enemy:
            return enemy
    if own and _yielded_to_speaker(ctx, link):
        # "1,500 fighters and their families surrendered to our forces": the speaker's enemy
        enemy = named_enemy(gaz, claimant_side, ctx, doc, armed=bool(set(words) & _ARMED_TERMS))
        if enemy:
            return enemy
    if any(w in OWN_POSSESSIVES for w in words) and own:
        return claimant_side
    # (not where they are held: "20 of the hostages held in Gaza" are the holder's enemy's)
    inside = [m for m in people_sides(ctx, gaz, a, span_end, exclude) if not held_in(ctx, m[0])]
    # "12 Indians killed fighting for Russia": the army they served in, not their nationality
    served = served_side(ctx, gaz, link)
    if served:
        return served
    if inside:
        return inside[0][1]
    # "junta soldiers", "government troops", "federal soldiers": the state's army, whoever speaks
    side = state_forces_side(ctx, gaz, a, span_end, claimant_side, doc)
    if side:
        return side
    comp = composition(ctx, b)
    if comp:
        named = people_sides(ctx, gaz, b + 1, b + 1 + len(comp), exclude)
        if named:
            return named[0][1]  # "190 UN staff, nearly all of them Palestinians"
    if _aid_staff(ctx, gaz, link, words, claimant_side):
        return UNKNOWN
    side = hostage_side(ctx, gaz, link, words, claimant_side, doc)
    if side:
        return side
    side = side_phrase(ctx, gaz, min(q.tok_end, link.cue_start), max(span_end, link.cue_end) + 10, claimant_side)
    if side:
        return side
    # "On the Israeli side, 22 soldiers and 24 civilians have been killed": said once, before
    side = side_phrase_before(ctx, gaz, q.tok_start, claimant_side)
    if side:
        return side
    # "five of its soldiers", "28 of the group's members": the party named before it
    side = possessor(ctx, gaz, link, exclude, claimant_side)
    if side:
        return side
    # "1,500 of them": the people named earlier in the sentence ("3,000 gunmen")
    if [ctx.w(k) for k in range(a, b)] in (["them"], ["whom"]):
        side = antecedent(ctx, gaz, link, claimant_side, doc)
        if side:
            return side
    # "in the ground offensive against Hamas": soldiers killed fighting X are X's enemy
    side = fighting_against(ctx, gaz, link, words)
    if side:
        return side
    # "Kursk incursion live: Moscow says Ukraine has lost up to 2,030 troops": the side
    # that lost them, before the headline's kicker
    side = loser(ctx, gaz, link, claimant_side, direct=True)
    if side:
        return side
    # "- Russia: 2 military medics killed": a side labelling the line or list item
    side = label_side(ctx, gaz, q.tok_start, exclude)
    if side:
        return side
    if own and not set(words) & OWN_POSSESSIVES and link.how != "subset":
        # "it had killed 47 soldiers", "they took 12 others prisoner": the claimant's enemy
        if claimant_acts(ctx, gaz, link, claimant_side) or enemy_verb(ctx, link):
            enemy = named_enemy(gaz, claimant_side, ctx, doc, armed=bool(set(words) & _ARMED_TERMS))
            if enemy:
                return enemy
    # 2. the name in front of a toll noun or of the verb's object: "Russian losses at 400"
    if link.how in ("toll", "of"):
        pre = mention_sides(ctx, gaz, max(0, link.cue_start - 3), link.cue_start + 1, exclude)
        # (not the side accused of the deaths: "blamed India for the deaths of 31 civilians")
        pre = [s for s in pre if s[2] != "place" and not sponsor(ctx, mention_end(ctx, gaz, s[0]))
               and not accused(ctx, s[0])]
        if pre:
            return pre[-1][1]
        side = toll_possessor(ctx, gaz, link, claimant_side)
        if side:
            return side
    # "Russian losses are far greater, perhaps 700,000 killed and wounded": the toll noun the
    # figure is said of
    side = toll_subject(ctx, gaz, link, not [w for w in words if w not in L.CHAIN]) or toll_with(ctx, gaz, link)
    if side:
        return side
    # "Ukraine had lost 50,000": the subject of a loss verb
    side = loser(ctx, gaz, link, claimant_side)
    if side:
        return side
    # "For Ukraine, the toll has been heavy: about 70,000 soldiers killed": whose toll the
    # sentence opens on (after the people's own names and a toll's possessor)
    side = fronted_for(ctx, gaz, q.tok_start)
    if side:
        return side
    # fighters killed repelling an attack are the attackers ("repulsed a Russian assault,
    # killing 120 soldiers"; "repelled an RSF attack ..., killing more than 200 militia fighters")
    if link.how == "left" and set(words) & (L.MILITARY_NOUNS | _ARMED_TERMS):
        side = repelled_side(ctx, gaz, exclude)
        if side:
            return side
    # soldiers without a nationality are the claimant's own, "militants" the claimant's enemy
    # (not a part of the count just given: "Russia has lost 737,960 troops ..., including 1,620 soldiers
    # ..., the General Staff reported" are that count's people, see inferred._referent)
    if own and not included(ctx, link):
        if set(words) & ENEMY_TERMS:
            enemy = named_enemy(gaz, claimant_side, ctx, doc, armed=bool(set(words) & _ARMED_TERMS))
            if enemy:
                return enemy
        # "Hezbollah says two fighters killed", "five commanders were killed" in an RSF
        # statement: an armed group's fighters and members are its own, as a state's soldiers
        # are (a state's "fighters" are mostly its enemy's, so only for armed groups)
        # (not "a dozen of those fighters": people named before, whoever they were)
        if set(words) & _MEMBER_NOUNS and armed_group_speaker(gaz, claimant_side) \
                and not set(words) & {"those", "these"} and ctx.w(a - 1) not in ("those", "these"):
            return claimant_side
        # "the TDF said 128 soldiers were killed", "the TTP said its fighters had killed 25
        # soldiers": an armed group calls its own men fighters, soldiers are the state's army
        # (the people noun itself, not a relative clause's: "37 men who were taken away by soldiers")
        head = {ctx.w(k) for k in range(a, b)}
        if head & _ARMY_NOUNS and armed_group_speaker(gaz, claimant_side) \
                and not set(words) & (_MEMBER_NOUNS | {"those", "these"}):
            side = enemy_state(gaz, claimant_side, doc)
            if side:
                return side
        if set(words) & (L.OWN_TERMS | OWN_EXTRA):
            # "Kyiv claims 400 servicemen were killed" right after a claim about Russia's
            # soldiers: the enemy's claim about the same soldiers
            # (only for a figure called a claim or a suggestion: a side that just "said" how
            # many soldiers died mostly speaks of its own)
            if established and gaz.are_enemies(claimant_side, established) and set(ctx.low) & _CLAIM_WORDS:
                return established
            return claimant_side
    # 3. where: "killed in Gaza", "12 civilians in Kharkiv" (not for a part of a toll told
    # before: "three soldiers, two of them in southern Lebanon")
    if link.how == "subset" or words in (["them"], ["whom"]):
        return None
    lo = a if link.how != "left" else b
    if link.how == "toll" and link.cue_end <= link.qty.tok_start:
        lo = min(lo, link.cue_end)  # "the death toll in Gaza since Oct. 7 had reached 30,035"
    hi = min(len(ctx.toks), max(span_end, link.cue_end) + 8)
    # "18 civilians have been killed and more than 150 wounded in attacks on Turkish
    # border towns": the place phrase after a coordinated count belongs to both
    while hi < len(ctx.toks) and ctx.w(hi) not in (";", ".", ":") and ctx.w(hi - 1) not in (";", ".") \
            and (hi - max(span_end, link.cue_end)) < 20 and ctx.w(link.cue_end) == "and":
        hi += 1
    # "in Houthi-held north Yemen", "in a rebel-held town": the holder, not the country
    side = held_by(ctx, gaz, lo, hi, LOCATIVE, doc)
    if side:
        return side
    side = place_between(ctx, gaz, lo, hi, exclude, LOCATIVE)
    if side:
        return _struck_in(ctx, gaz, exclude, side) or home_insurgents(ctx, gaz, set(words), side, exclude, doc) or side
    if link.how == "left":
        # "militants stormed into southern Israel, killing around 1,200 people": the place
        # the subject of a participle clause attacked is where its victims lived
        side = entered(ctx, gaz, clause_start(ctx, link.cue_start), link.cue_start, exclude)
        if side:
            return side
        # "drone strike on Tigray camp kills 56": the place hit, named before the verb (a
        # town, or a side's name before a site noun; not a country split between sides,
        # and not for a second verb: "killing two American soldiers and wounding six more")
        start = clause_start(ctx, link.cue_start)
        if not any(ctx.w(k) in ACT_VERBS for k in range(start, link.cue_start)):
            side = place_between(ctx, gaz, start, link.cue_start, exclude, LOCATIVE_HIT, sites=True)
            if side:
                return side
    if link.how == "right":
        # "1,200 people were killed in an attack when Hamas gunmen burst into Israel": the
        # place the attack of the clause after the verb entered is where the dead lived
        end = link.cue_end
        while end < len(ctx.toks) and ctx.w(end) not in (";", ".", ":") and end - link.cue_end < 20:
            end += 1
        side = entered(ctx, gaz, link.cue_end, end, exclude)
        if side:
            return side
    inplace = [s for s in mention_sides(ctx, gaz, a, span_end, exclude) if s[2] == "place"]
    if inplace:
        return home_insurgents(ctx, gaz, set(words), inplace[0][1], exclude, doc) or inplace[0][1]
    return None


_YIELD = {"surrendered", "surrender", "surrendering", "defected", "handed"}


def _yielded_to_speaker(ctx: SentenceContext, link: Link) -> bool:
    """ "surrendered to our forces", "handed themselves over to us": people who gave themselves
    up to the speaker are its enemy's."""
    end = min(len(ctx.toks), link.cue_end + 4)
    for k in range(link.cue_start, end):
        if ctx.w(k) in _YIELD:
            for j in range(k + 1, min(len(ctx.toks), k + 4)):
                if ctx.w(j) == "to":
                    return ctx.w(j + 1) in ("us", "our")
    return False


def _struck_in(ctx: SentenceContext, gaz: Gazetteer, exclude: set[int], side: str) -> str | None:
    """ "US strikes killed 20 in Yemen": people a side's strike killed in a country whose
    government it backs are its enemy in that country's war (the Houthis), not the
    government's people; None when no strike is named or the war has several such enemies."""
    att = attacker(ctx, gaz, exclude, strikes_only=True)
    return war_enemy_in(gaz, att, side) if att else None


def enemy_people(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None) -> bool:
    """Does a belligerent speaker count people as its enemy: "terrorists", "militants",
    "the enemy", or people it says it killed ("it had killed 47", "were liquidated")?
    When the document never names that enemy the victim side is unknown, but the figure
    is still the enemy's, an adversary claim (as the gold reads ISPR's "terrorists")."""
    if not belligerent(gaz, claimant_side) or link.how == "subset":
        return False
    words = {ctx.w(k) for k in range(link.np_start, max(link.np_end, link.cue_start if link.how == "right" else 0))}
    if words & OWN_POSSESSIVES:
        return False
    if "enemy" in words or words & (ENEMY_TERMS | _ARMED_TERMS):
        return True
    if words & {"others", "more"} and not words & (L.MILITARY_NOUNS | L.CIVILIAN_NOUNS):
        # "killing three terrorists and leaving two others injured": the same people
        start = clause_start(ctx, link.qty.tok_start)
        if any(ctx.w(k) in ENEMY_TERMS | _ARMED_TERMS for k in range(start, link.qty.tok_start)):
            return True
    return claimant_acts(ctx, gaz, link, claimant_side) or enemy_verb(ctx, link)


# A state army's men, as an armed group names its enemy's
_ARMY_NOUNS = {"soldiers", "soldier", "troops", "servicemen", "serviceman", "conscripts", "officers", "paratroopers",
               "marines", "recruits", "reservists"}
_MEMBER_NOUNS = {"fighters", "fighter", "members", "member", "commanders", "commander", "mujahideen", "combatants",
                 "cadres", "operatives"}


# Aid and UN staff belong to no side unless the text gives their nationality (CONVENTIONS)
_STAFF_NOUNS = {"staff", "staffers", "workers", "employees", "personnel", "volunteers", "members", "colleagues"}
_PEACEKEEPERS = {"peacekeepers", "peacekeeper", "blue-helmets"}
_AID_MODIFIERS = {"un", "u.n.", "aid", "humanitarian", "relief", "unrwa", "ngo", "charity", "agency"}


def _aid_staff(ctx: SentenceContext, gaz: Gazetteer, link: Link, words: list[str], claimant_side: str | None) -> bool:
    """ "165 UN staff members", "nine humanitarian workers", an NGO's "nine of its staff";
    peacekeepers whose nationality is not given ("four of its peacekeepers")."""
    if set(words) & _PEACEKEEPERS or ctx.w(link.np_end) in _PEACEKEEPERS:
        return True
    if not set(words) & _STAFF_NOUNS and not (ctx.w(link.np_end) in _STAFF_NOUNS):
        return False
    mods = set(words) | {ctx.w(link.np_start - 1)}
    if composition(ctx, link.np_end) and any(m.ref for m in ctx.sides):
        return False  # "190 UN staff, nearly all of them Palestinians"
    if mods & _AID_MODIFIERS or "humanitarians" in words:
        return True
    # "seven World Central Kitchen workers", "three MSF staff": named by a third party's name
    for m in ctx.actors:
        ma, _ = ctx.tok_index_of_mention(m)
        if link.np_start <= ma < link.np_end and gaz.actors[m.ref].side == THIRD_PARTY:
            return True
    return ctx.w(link.np_start - 1) in ("its", "their") and claimant_side == THIRD_PARTY


# A figure called a claim or a suggestion is disputed: maybe the enemy's figure for the same people
_CLAIM_WORDS = {"claim", "claims", "claimed", "claiming", "suggested", "suggests", "suggest", "alleged", "alleges",
                "allege", "boasted", "boasts", "asserted", "asserts"}
