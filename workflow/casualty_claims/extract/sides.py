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
    sites: Counter = field(default_factory=Counter)  # side -> times a gazetteer town of that side is named
    conflicts: Counter = field(default_factory=Counter)  # conflict -> times a place of that conflict is named
    located: Counter = field(default_factory=Counter)  # side -> times its name follows a locative ("across north-east Syria")
    scenes: list = field(default_factory=list)  # per sentence: (paragraph, sides of the places it is set in)

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


_OWN_POSSESSIVES = {"its", "their", "our", "own"}
# Labels a side gives only its enemy's fighters: jihadist statements' "apostates" and
# "crusaders", "takfiris", Ukrainian "orcs"
_ENEMY_TERMS = L.ENEMY_TERMS | {"apostates", "apostate", "crusaders", "crusader", "takfiris", "takfiri", "orcs",
                                "khawarij", "kharijites"}
# Names for the fighters of an armed group (not for an enemy state's army)
_ARMED_TERMS = {"militants", "militant", "terrorists", "terrorist", "insurgents", "rebels", "jihadists",
                "jihadis", "extremists", "gunmen", "infiltrators", "operatives"}
# "US-backed", "Turkish-supported": the sponsor of the people named, not the people
_SPONSORED = {"backed", "supported", "sponsored", "allied", "aligned", "trained", "armed", "funded", "led"}


def _belligerent(gaz: Gazetteer, side: str | None) -> bool:
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
                ranked = sorted(pool, key=lambda s: (_populated(gaz, s), -mentions.get(s, 0), pool.index(s)))
                return ranked[0]
    ranked = sorted(enemies, key=lambda s: (s not in placed, -sites.get(s, 0), -mentions.get(s, 0), enemies.index(s)))
    return ranked[0]


def _sponsor(ctx: SentenceContext, end: int) -> bool:
    """Is the name ending before token `end` a sponsor ("US-backed forces")?"""
    return ctx.w(end) == "-" and ctx.w(end + 1) in _SPONSORED


def _people_sides(ctx: SentenceContext, gaz: Gazetteer, a: int, b: int, exclude: set[int]) -> list[tuple[int, str, str]]:
    """Side names inside a people phrase, without sponsors ("US-backed SDF" -> the SDF)
    and without places."""
    out = []
    for tok, side, form in _mention_sides(ctx, gaz, a, b, exclude):
        if form == "place" or _sponsor(ctx, _mention_end(ctx, gaz, tok)):
            continue
        out.append((tok, side, form))
    return out


def _side_phrase(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """ "on their side", "on its own side", "on the Syrian side (of the border)": whose
    people a toll counts, said after the count."""
    for k in range(lo, min(hi, len(ctx.toks))):
        if ctx.w(k) != "side" and ctx.w(k) != "sides":
            continue
        for j in range(k - 1, max(lo - 1, k - 5), -1):
            if ctx.w(j) == "on":
                words = {ctx.w(x) for x in range(j + 1, k)}
                if words & _OWN_POSSESSIVES and _belligerent(gaz, claimant_side):
                    return claimant_side
                named = _mention_sides(ctx, gaz, j + 1, k, set())
                if named:
                    return named[-1][1]
                break
    return None


def _toll_possessor(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str | None) -> str | None:
    """The side whose toll it is, named after the toll noun ("the losses of the Armed
    Forces of Ukraine") or as its possessor ("Russia's losses", "put Russia's total at").
    A possessor of a figure word that is the speaker's own side is the speaker's figure
    ("Kyiv's figure"), not its dead."""
    c = link.cue_start
    if ctx.w(link.cue_end) == "of":
        k = link.cue_end + 1 + (ctx.w(link.cue_end + 1) == "the")
        after = [s for s in _mention_sides(ctx, gaz, k, k + 1, set()) if s[2] != "place"]
        if after:
            return after[0][1]
    for tok, side, form in _mention_sides(ctx, gaz, max(0, c - 3), c, set()):
        if form == "place" or not ctx.w(_mention_end(ctx, gaz, tok) - 1).endswith("'s"):
            continue
        if ctx.w(c) in _FIGURE_NOUNS and side == claimant_side:
            continue
        return side
    return None


_FIGURE_NOUNS = {"figure", "figures", "count", "tally", "total", "estimate", "estimates", "number", "numbers"}


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
    # 1. the people phrase (and a parenthetical / place before the verb)
    words = [ctx.w(k) for k in range(a, span_end)]
    own = _belligerent(gaz, claimant_side)
    if "enemy" in words and own:
        enemy = main_enemy(gaz, claimant_side, ctx, doc)
        if enemy:
            return enemy
    if any(w in _OWN_POSSESSIVES for w in words) and own:
        return claimant_side
    inside = [s for s in _people_sides(ctx, gaz, a, span_end, exclude) if s[2] != "place"]
    if inside:
        return inside[0][1]
    comp = _composition(ctx, b)
    if comp:
        named = [s for s in _people_sides(ctx, gaz, b + 1, b + 1 + len(comp), exclude) if s[2] != "place"]
        if named:
            return named[0][1]  # "190 UN staff, nearly all of them Palestinians"
    if _aid_staff(ctx, gaz, link, words, claimant_side):
        return UNKNOWN
    side = _hostage_side(ctx, gaz, link, words, claimant_side, doc)
    if side:
        return side
    side = _side_phrase(ctx, gaz, min(q.tok_end, link.cue_start), max(span_end, link.cue_end) + 10, claimant_side)
    if side:
        return side
    # "On the Israeli side, 22 soldiers and 24 civilians have been killed": said once, before
    side = _side_phrase_before(ctx, gaz, q.tok_start, claimant_side)
    if side:
        return side
    # "five of its soldiers", "28 of the group's members": the party named before it
    side = _possessor(ctx, gaz, link, exclude, claimant_side)
    if side:
        return side
    # "1,500 of them": the people named earlier in the sentence ("3,000 gunmen")
    if [ctx.w(k) for k in range(a, b)] in (["them"], ["whom"]):
        side = _antecedent(ctx, gaz, link, claimant_side, doc)
        if side:
            return side
    # "in the ground offensive against Hamas": soldiers killed fighting X are X's enemy
    side = _fighting_against(ctx, gaz, link, words)
    if side:
        return side
    # "Kursk incursion live: Moscow says Ukraine has lost up to 2,030 troops": the side
    # that lost them, before the headline's kicker
    side = _loser(ctx, gaz, link, claimant_side, direct=True)
    if side:
        return side
    # "- Russia: 2 military medics killed": a side labelling the line or list item
    side = _label_side(ctx, gaz, q.tok_start, exclude)
    if side:
        return side
    if own and not set(words) & _NAMED_PEOPLE and link.how != "subset":
        # "it had killed 47 soldiers", "they took 12 others prisoner": the claimant's enemy
        if _claimant_acts(ctx, gaz, link, claimant_side) or _enemy_verb(ctx, link):
            enemy = main_enemy(gaz, claimant_side, ctx, doc, armed=bool(set(words) & _ARMED_TERMS))
            if enemy:
                return enemy
    # 2. the name in front of a toll noun or of the verb's object: "Russian losses at 400"
    if link.how in ("toll", "of"):
        pre = _mention_sides(ctx, gaz, max(0, link.cue_start - 3), link.cue_start + 1, exclude)
        pre = [s for s in pre if s[2] != "place" and not _sponsor(ctx, _mention_end(ctx, gaz, s[0]))]
        if pre:
            return pre[-1][1]
        side = _toll_possessor(ctx, gaz, link, claimant_side)
        if side:
            return side
    # "Ukraine had lost 50,000": the subject of a loss verb
    side = _loser(ctx, gaz, link, claimant_side)
    if side:
        return side
    # soldiers without a nationality are the claimant's own, "militants" the claimant's enemy
    if own:
        if set(words) & _ENEMY_TERMS:
            enemy = main_enemy(gaz, claimant_side, ctx, doc, armed=bool(set(words) & _ARMED_TERMS))
            if enemy:
                return enemy
        if set(words) & (L.OWN_TERMS | _OWN_EXTRA):
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
    side = _place_between(ctx, gaz, lo, hi, exclude, _LOCATIVE)
    if side:
        return side
    if link.how == "left":
        # "militants stormed into southern Israel, killing around 1,200 people": the place
        # the subject of a participle clause attacked is where its victims lived
        side = _entered(ctx, gaz, _clause_start(ctx, link.cue_start), link.cue_start, exclude)
        if side:
            return side
        # "drone strike on Tigray camp kills 56": the place hit, named before the verb (a
        # town, or a side's name before a site noun; not a country split between sides,
        # and not for a second verb: "killing two American soldiers and wounding six more")
        start = _clause_start(ctx, link.cue_start)
        if not any(ctx.w(k) in _ACT_VERBS for k in range(start, link.cue_start)):
            side = _place_between(ctx, gaz, start, link.cue_start, exclude, _LOCATIVE_HIT, sites=True)
            if side:
                return side
    inplace = [s for s in _mention_sides(ctx, gaz, a, span_end, exclude) if s[2] == "place"]
    if inplace:
        return inplace[0][1]
    return None


_FIGHT_NOUNS = {"offensive", "operation", "operations", "fighting", "fight", "battle", "battles", "war", "campaign",
                "clashes", "combat", "incursion", "invasion", "assault", "war's", "counteroffensive", "raid", "raids"}


def _fighting_against(ctx: SentenceContext, gaz: Gazetteer, link: Link, words: list[str]) -> str | None:
    """ "373 soldiers have been killed in the ground offensive against Hamas", "troops
    killed in fighting against Hezbollah": fighters killed fighting a side are its enemy
    (only for fighters: civilians killed in a war against X are not X's enemy)."""
    group, _ = own_group(ctx, link, set())
    if group != "military" or set(words) & _ENEMY_TERMS:
        return None
    start = _clause_start(ctx, link.qty.tok_start)
    for k in range(start, len(ctx.toks)):
        w = ctx.w(k)
        if w in (";", ".", ":") and k > link.qty.tok_end:
            break
        if w == "against" and any(ctx.w(j) in _FIGHT_NOUNS for j in range(max(start, k - 4), k)):
            named = [x for x in _mention_sides(ctx, gaz, k + 1, k + 4, set()) if x[2] != "place"]
            if named and gaz.enemies_of(named[0][1]):
                enemies = gaz.enemies_of(named[0][1])
                return enemies[0] if len(enemies) == 1 else None
    return None


def _label_side(ctx: SentenceContext, gaz: Gazetteer, qtok: int, exclude: set[int]) -> str | None:
    """A side's name alone before a colon opening the sentence or list item: "- Russia: 2
    military medics killed, 1 wounded", "Ukrainian side: 14 dead"."""
    k = 0
    while ctx.w(k) in ("-", "*", "•", "–", "—"):
        k += 1
    colon = next((j for j in range(k, min(qtok, k + 10)) if ctx.w(j) == ":"), None)
    if colon is None:
        return None
    label = [ctx.w(j) for j in range(k, colon)]
    if any(w.endswith("'s") or w in _LABEL_VERBS or w in L.REPORTING_VERBS for w in label):
        return None  # "Kyiv's figure was of a different order: about 400 killed" is a sentence
    named = _mention_sides(ctx, gaz, k, colon, set())
    if not named or named[0][0] != k + (ctx.w(k) == "the") or len({n[1] for n in named}) != 1:
        return None
    return named[0][1]


_LABEL_VERBS = {"was", "were", "is", "are", "has", "have", "had", "be", "been", "did", "does", "do", "will", "would"}


def _place_between(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, exclude: set[int],
                   preps: set[str], sites: bool = False) -> str | None:
    """The side of the first place named after a locative in tokens [lo, hi): "in Gaza",
    "on Tigray camp", "in Turkish border towns" (not "Russian missile strike"). With
    sites, a side's own name counts only before a site noun ("on Tigray camp", not "in Yemen")."""
    found = _mention_sides(ctx, gaz, lo, hi, exclude)
    for i, (tok, side, form) in enumerate(found):
        if _locative(ctx, tok, preps):
            end = _mention_end(ctx, gaz, tok)
            if sites and form == "alias" and not (ctx.w(end) in _SITE_NOUNS or ctx.w(end + 1) in _SITE_NOUNS):
                continue
            if form == "alias" and ctx.w(end - 1).endswith("'s") and any(
                    f == "place" and t - end < 3 for t, _, f in found[i + 1:]):
                # "in northern Yemen's Saada province", "in Ukraine's Kharkiv region": the place
                t, pside, _ = next(x for x in found[i + 1:] if x[2] == "place")
                return pside
            if form == "place" and not ctx.w(end - 1).endswith("'s") and ctx.w(end) not in _REGIME:
                return side  # "killed in the Beirut strike": the strike on Beirut
            if form == "alias" and _attack_after(ctx, end) is None:
                return side
            if form == "demonym" and _place_noun_after(ctx, end):
                return side  # "in Turkish border towns", "across Syrian territory"
    return None


_ACT_VERBS = L.KILLED_BEFORE | L.WOUNDED_BEFORE | L.CAPTURED_BEFORE | L.CASUALTIES_BEFORE

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
    if _composition(ctx, link.np_end) and any(m.ref for m in ctx.sides):
        return False  # "190 UN staff, nearly all of them Palestinians"
    if mods & _AID_MODIFIERS or "humanitarians" in words:
        return True
    return ctx.w(link.np_start - 1) in ("its", "their") and claimant_side == THIRD_PARTY


_HOSTAGE_NOUNS = {"hostages", "hostage", "captives", "abductees"}
_HOLD_VERBS = {"holding", "held", "holds", "hold", "keeping", "kept"}
_HOLD_PLACES = {"in", "into", "to", "inside"}


def _hostage_side(ctx: SentenceContext, gaz: Gazetteer, link: Link, words: list[str], claimant_side: str | None,
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
        ante = _antecedent_noun(ctx, link) if pron else None
        if not (after[:1] == ["of"] and set(after) & _HOSTAGE_NOUNS) and not (
                ante is not None and ctx.w(ante) in _HOSTAGE_NOUNS):
            return None
    holder = None
    for tok, side, form in _mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form in ("place", "alias") and _locative(ctx, tok, _HOLD_PLACES) and gaz.enemies_of(side) \
                and not _stormed_into(ctx, tok):
            holder = side
            break
    if holder is None:
        for k in range(link.qty.tok_end, min(len(ctx.toks), link.qty.tok_end + 8)):
            if ctx.w(k) in _HOLD_VERBS and ctx.w(k - 1) in ("is", "was", "are", "were", "had", "has", "been") \
                    and ctx.w(k - 2) in _SUBJECT_PRONOUNS and _belligerent(gaz, claimant_side):
                holder = claimant_side
                break
            if ctx.w(k) in _HOLD_VERBS and ctx.w(k + 1) == "by":
                named = [x for x in _mention_sides(ctx, gaz, k + 2, k + 5, set()) if x[2] != "place"]
                if named:
                    holder = named[0][1]
                    break
    if holder is None:
        # "hostages killed in Israeli strikes": hostages die under their own side's fire
        att = attacker(ctx, gaz, set(), strikes_only=True)
        if att:
            return att
    if holder is None and doc is not None:
        sites = getattr(doc, "sites", None) or doc.places
        if sites:
            holder = sites.most_common(1)[0][0]
    if holder is None:
        return None
    enemies = gaz.enemies_of(holder)
    return main_enemy(gaz, holder, ctx, doc) if enemies else None


_ABDUCTION = {"abducted", "abducting", "kidnapped", "kidnapping", "hostage", "hostages", "captive", "captives"}
_DESTINATION = {"into", "to", "held", "holding", "kept", "imprisoned", "jailed"}


def _abduction_places(ctx: SentenceContext, gaz: Gazetteer, link: Link, doc: DocSides | None) -> str | None:
    """For people abducted or taken hostage: the side the place they were taken from
    belongs to, else the enemy of the side they were taken to (the holder)."""
    for tok, side, form in _mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form not in ("place", "alias") or not gaz.enemies_of(side) or _stormed_into(ctx, tok):
            continue
        if tok < link.qty.tok_start and any(ctx.w(j) in (";", ":") for j in range(tok, link.qty.tok_start)):
            continue
        k = tok - 1
        while ctx.w(k) in _DIRECTIONS or ctx.w(k) in ("the", "-"):
            k -= 1
        prep = ctx.w(k)
        if prep not in ("in", "into", "to", "from", "across", "throughout", "inside", "of"):
            continue
        before = {ctx.w(j) for j in range(max(link.cue_start, k - 4), k + 1)} if tok > link.cue_start else set()
        if prep in ("into", "to") or before & _DESTINATION:
            return main_enemy(gaz, side, ctx, doc)
        return side
    return None


_ENTRY_VERBS = {"stormed", "storming", "stormed", "crossed", "crossing", "infiltrated", "infiltrating", "burst",
                "bursting", "broke", "breaking", "poured", "pouring", "rampaged", "rampaging", "swept", "sweeping",
                "attacked", "attacking", "invaded", "invading", "raided", "raiding", "launched", "fired", "firing"}


def _stormed_into(ctx: SentenceContext, tok: int) -> bool:
    """ "militants stormed into southern Israel": the place attacked, not where hostages are held."""
    k = tok - 1
    while ctx.w(k) in _DIRECTIONS or ctx.w(k) in ("the", "-"):
        k -= 1
    return ctx.w(k) in ("into", "in", "on") and ctx.w(k - 1) in _ENTRY_VERBS


def _entered(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, exclude: set[int]) -> str | None:
    """The place an attacker entered or attacked, in tokens [lo, hi): "stormed into southern
    Israel", "attacked Kharkiv", "overran the town of ..." -> the side the place belongs to
    (only a side's own name or a town with a side, and only when a participle or clause
    after it tells what the attack did)."""
    for tok, side, form in _mention_sides(ctx, gaz, lo, hi, exclude):
        if form not in ("place", "alias") or not gaz.enemies_of(side):
            continue
        k = tok - 1
        while ctx.w(k) in _DIRECTIONS or ctx.w(k) in ("the", "-"):
            k -= 1
        if ctx.w(k) in ("into", "in", "on", "across", "inside"):
            k -= 1
        if ctx.w(k) in _ENTRY_VERBS and ctx.w(k) not in ("launched", "fired", "firing"):
            return side
    return None


def _side_phrase_before(ctx: SentenceContext, gaz: Gazetteer, qtok: int, claimant_side: str | None) -> str | None:
    """ "On the Israeli side, 22 soldiers ...", "On their side, ...": a side phrase that
    opens the clause of the count, closed by a comma."""
    start = _clause_start(ctx, qtok)
    for k in range(start, qtok):
        if ctx.w(k) in ("side", "sides") and ctx.w(k + 1) == "," and any(ctx.w(j) == "on" for j in range(max(start, k - 4), k)):
            return _side_phrase(ctx, gaz, max(start, k - 4), k + 1, claimant_side)
    return None

_SITE_NOUNS = {"camp", "camps", "hospital", "school", "market", "mosque", "church", "home", "house", "building",
               "shelter", "town", "towns", "city", "village", "villages", "district", "province", "region",
               "border", "communities", "settlement", "settlements", "area", "areas"}
# Where a strike landed, said before its verb ("from" names where it came from)
_LOCATIVE_HIT = {"in", "on", "at", "inside", "across", "near", "throughout"}


def _clause_start(ctx: SentenceContext, k: int) -> int:
    """First token of the clause ending at token k: after the last ";", ":" or "that"."""
    for m in range(k - 1, -1, -1):
        if ctx.w(m) in (";", ":", "that", "—", "–"):
            return m + 1
    return 0


# A figure called a claim or a suggestion is disputed: maybe the enemy's figure for the same people
_CLAIM_WORDS = {"claim", "claims", "claimed", "claiming", "suggested", "suggests", "suggest", "alleged", "alleges",
                "allege", "boasted", "boasts", "asserted", "asserts"}
# Words that tell the people were named after a side or possessor: not the claimant's enemy
_NAMED_PEOPLE = {"its", "their", "our", "own"}
# Members of a force: "18 service members", "members of the security forces"
_OWN_EXTRA = {"members", "member", "service", "sailor", "marine", "airman", "pilot", "paratrooper", "conscript",
              "officer", "reservist", "recruit"}
# Verbs a side uses only of its enemy: "201,390 persons were liquidated", "eliminated"
_ENEMY_VERBS = {"eliminated", "eliminating", "eliminate", "liquidated", "liquidating", "liquidate",
                "neutralised", "neutralized", "neutralising", "neutralizing", "annihilated", "destroyed",
                "destroying"}
_SUBJECT_PRONOUNS = {"it", "they", "we"}
_AUX = {"had", "has", "have", "was", "were", "also", "reportedly", "allegedly", "then", "already", "just",
        "successfully"}


def _enemy_verb(ctx: SentenceContext, link: Link) -> bool:
    return any(ctx.w(k) in _ENEMY_VERBS for k in range(link.cue_start, max(link.cue_end, link.cue_start + 1)))


def _claimant_acts(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str) -> bool:
    """Is the claimant the subject of the active verb before the count: "the Taliban said
    they had killed 47", "the RSF said it had taken hundreds of soldiers prisoner"?"""
    if link.how != "left" or ctx.w(link.cue_start) not in _ACT_VERBS:
        return False
    k = link.cue_start - 1
    while ctx.w(k) in _AUX:
        k -= 1
    if ctx.w(k) == "and":
        # "they had killed 47 soldiers and taken 12 others prisoner": the first verb's subject
        verbs = [m for m in range(max(0, k - 10), k) if ctx.w(m) in _ACT_VERBS]
        if not verbs:
            # "its fighters had 'liberated' the headquarters ... and killed hundreds of
            # soldiers": the subject opening the clause the coordination belongs to
            for m in range(k - 1, max(-1, k - 20), -1):
                if ctx.w(m) in (";", ".", ":") or ctx.w(m) in L.REPORTING_VERBS:
                    return False
                if ctx.w(m) in ("had", "has", "have") and (ctx.w(m - 1) in _SUBJECT_PRONOUNS or (
                        ctx.w(m - 1) in _FORCE_NOUNS and ctx.w(m - 2) in ("our", "its", "their"))):
                    return True
            return False
        k = verbs[-1] - 1
        while ctx.w(k) in _AUX:
            k -= 1
    if k < 0:
        return False
    if ctx.w(k) in _SUBJECT_PRONOUNS:
        return True
    if (ctx.w(k) in ("forces", "troops", "army", "military", "units") or ctx.w(k) in L.MILITARY_NOUNS) \
            and ctx.w(k - 1) in ("our", "its", "their"):
        return True
    for tok, side, form in _mention_sides(ctx, gaz, max(0, k - 4), k + 1, set()):
        # "an airstrike hit the market in the Shuub district of Sanaa, killing 12": a name
        # after a preposition is where the attack landed, not who attacked
        if form != "place" and _mention_end(ctx, gaz, tok) in (k + 1, k) and side == claimant_side \
                and not _locative(ctx, tok, _LOCATIVE | {"into", "to", "against"}):
            return True
    return False


_POSSESSOR_WORDS = {"group's", "movement's", "organisation's", "organization's", "militia's", "army's",
                    "military's", "country's", "force's", "forces'"}


def _possessor(ctx: SentenceContext, gaz: Gazetteer, link: Link, exclude: set[int],
               claimant_side: str | None) -> str | None:
    """ "India acknowledged that five of its soldiers", "Hezbollah said eight of its
    fighters", "A Taliban spokesman said 28 of the group's members": a possessive before
    the people noun inside what a speaker named earlier in the sentence says points at
    the speaker; "Kyiv said Russia had lost 300 of its soldiers" at the loser."""
    k = link.np_start
    if ctx.w(k) in _POSSESSOR_WORDS:
        pos = k
    elif ctx.w(k - 1) in ("its", "their") or ctx.w(k - 1) in _POSSESSOR_WORDS:
        pos = k - 1
    else:
        return None
    for m in range(pos - 1, max(-1, pos - 6), -1):
        if ctx.w(m) in _LOSS_VERBS:
            named = [s for s in _mention_sides(ctx, gaz, max(0, m - 6), m, set()) if s[2] != "place"]
            if named:
                return named[-1][1]
    if _belligerent(gaz, claimant_side) and any(t < pos for t in exclude):
        return claimant_side
    return None


def _antecedent_noun(ctx: SentenceContext, link: Link) -> int | None:
    """Token of the people noun "them"/"whom" refers to: the nearest before the count
    that is not the subject of the count's own verb."""
    for k in range(link.qty.tok_start - 1, -1, -1):
        if k + 1 == link.cue_start and link.how == "left":
            continue
        w = ctx.w(k)
        if (w in L.PERSON_NOUNS or w in _HOSTAGE_NOUNS) and w not in ("them", "whom", "others", "more"):
            return k
    return None


def _antecedent(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str | None,
                doc: DocSides | None) -> str | None:
    """ "Some 3,000 gunmen crossed ..., around 1,500 of them were killed": the side of the
    people noun nearest before the count."""
    for k in range(link.qty.tok_start - 1, -1, -1):
        w = ctx.w(k)
        if k + 1 == link.cue_start and link.how == "left":
            continue  # "troops killed about 100 of them": the killers, not the people counted
        if w in L.PERSON_NOUNS and w not in ("them", "whom", "others", "more"):
            named = [s for s in _mention_sides(ctx, gaz, max(0, k - 3), k, set()) if s[2] != "place"]
            if named:
                return named[-1][1]
            if w in _ENEMY_TERMS and _belligerent(gaz, claimant_side):
                return main_enemy(gaz, claimant_side, ctx, doc)
            return None
    return None


_PLACE_NOUNS = {"town", "towns", "city", "cities", "village", "villages", "territory", "soil", "region",
                "regions", "communities", "community", "areas", "area", "settlements", "side", "province",
                "provinces", "districts", "district", "border", "frontier", "countryside", "homes"}


def _place_noun_after(ctx: SentenceContext, k: int) -> bool:
    """A place noun within two words: "Turkish [border] towns", "Israeli communities"."""
    return ctx.w(k) in _PLACE_NOUNS or ctx.w(k + 1) in _PLACE_NOUNS


# "in southern Israel", "across the north-eastern Donbas", "in the far north of Syria"
_DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
               "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
               "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest", "upper",
               "lower", "occupied", "besieged", "war-torn", "neighbouring", "neighboring", "far", "rural"}


def _locative(ctx: SentenceContext, tok: int, preps: set[str] = _LOCATIVE) -> bool:
    """Is the name at `tok` where something happened: "in Gaza", "across the Donbas",
    "in southern Israel", "in the northern Gaza Strip"?"""
    k = tok - 1
    if ctx.w(k) == "the":
        k -= 1
    while ctx.w(k) in _DIRECTIONS or ctx.w(k) == "-":
        k -= 1
    if ctx.w(k) == "the":
        k -= 1
    return ctx.w(k) in preps


_REGIME = {"regime", "regime's", "'s", "government's", "junta", "junta's", "side's"}


def _mention_end(ctx: SentenceContext, gaz: Gazetteer, tok: int) -> int:
    """Token after the side/place name that starts at token `tok`."""
    for m in [*ctx.sides, *ctx.places, *ctx.actors]:
        a, b = ctx.tok_index_of_mention(m)
        if a == tok:
            return b
    return tok + 1


def _attack_after(ctx: SentenceContext, k: int) -> int | None:
    """Token of the attack noun a side's name modifies, starting at token k: "Russian
    [missile] strike", "the Kiev regime's [rocket] strike", "Israel's air strikes"."""
    while ctx.w(k) in _REGIME:
        k += 1
    for n in range(3):
        w = ctx.w(k + n)
        if w in L.ATTACK_NOUNS:
            return k + n
        if w not in _ATTACK_MODIFIERS:
            return None
    return None


# Attack nouns that name a strike, not a body of people: "Israeli forces" may be the
# victims or the speakers, "an Israeli strike" is only ever the attack.
_FORCE_NOUNS = {"forces", "troops", "army", "military", "soldiers", "fighters", "militants", "gunmen", "units",
                "navy", "militia", "militias", "occupiers", "invaders", "snipers", "sniper", "aviation"}


def attacker(ctx: SentenceContext, gaz: Gazetteer, exclude: set[int], strikes_only: bool = False) -> str | None:
    """The side that struck: "a Russian missile strike", "Israeli forces", "by Hamas".
    With strikes_only, only a strike or weapon names it ("the Kiev regime's rocket strike")."""
    found: list[tuple[int, str, str]] = []
    for m in [*ctx.sides, *ctx.actors]:
        ma, mb = ctx.tok_index_of_mention(m)
        if ma in exclude:
            continue
        side = m.ref if m in ctx.sides else gaz.actors[m.ref].side
        if side == THIRD_PARTY:
            continue
        nxt = ctx.w(mb)
        if _is_place_name(ctx, ma, mb) and not ctx.w(mb - 1).endswith("'s") and nxt not in _REGIME:
            continue  # "the Beirut strike": the strike on Beirut
        if nxt == "-" and ctx.w(mb + 1) in _SUPPLY:
            continue  # "US-supplied missiles": the supplier is not the attacker
        hit = _attack_after(ctx, mb)
        if hit is not None and not (strikes_only and ctx.w(hit) in _FORCE_NOUNS):
            found.append((ma, side, "attack"))
        elif strikes_only:
            continue
        elif ctx.w(ma - 1) == "by" or (ctx.w(ma - 1) == "the" and ctx.w(ma - 2) == "by"):
            found.append((ma, side, "by"))
        elif ctx.w(mb) in L.KILLED_BEFORE or (ctx.w(mb) in ("have", "has", "had") and ctx.w(mb + 1) in L.KILLED_BEFORE):
            found.append((ma, side, "subject"))
    if not found:
        return None
    return found[0][1]


def _is_place_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is tokens [a, b) also a town of the gazetteer ("Beirut", "Kyiv")?"""
    return any(ctx.tok_index_of_mention(m) == (a, b) for m in ctx.places)


def _enemy_for(gaz: Gazetteer, side: str, ctx: SentenceContext, doc: DocSides | None) -> str | None:
    enemies = gaz.enemies_of(side)
    if not enemies:
        return None
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside in enemies:
            return pside
    mentions = doc.mentions if doc is not None else {}
    ranked = sorted(enemies, key=lambda s: (-mentions.get(s, 0), enemies.index(s)))
    return ranked[0]


def _referent(ctx: SentenceContext, link: Link, si: int, prior: list[dict]) -> str | None:
    """The side of the people a count refers back to.

    "including five children" and "18 of them" belong to the claim before them in the
    sentence; "1,500 of them" opening a sentence and "a dozen of those fighters" to the
    last claim of the previous sentences."""
    same = [p for p in prior if p["si"] == si]
    back = [p for p in prior if si - 3 <= p["si"] < si]
    words = [ctx.w(k) for k in range(link.np_start, link.np_end)]
    if link.how == "subset" or words in (["them"], ["whom"]):
        pool = same or back
    elif ctx.w(link.np_start - 1) in ("those", "these") and ctx.w(link.np_start - 2) == "of":
        pool = same or back
    else:
        return None
    return pool[-1]["side"] if pool else None


_LOSS_VERBS = {"lost", "lose", "loses", "losing", "suffered", "suffers", "suffering", "sustained", "sustains",
               "sustaining", "incurred"}


def _loser(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str | None = None,
           direct: bool = False) -> str | None:
    """The subject of "lost"/"suffered" before the count: "Ukraine had lost 50,000",
    "Wagner's units were losing dozens of men" -> the side that lost them. With `direct`,
    only a side named just before the verb ("Ukraine has lost")."""
    for k in range(link.qty.tok_start - 1, max(-1, link.qty.tok_start - 5), -1):
        if ctx.w(k) in _LOSS_VERBS:
            if direct:
                j = k - 1
                while ctx.w(j) in _AUX or ctx.w(j) in ("has", "have", "is", "are"):
                    j -= 1
                named = [s for s in _mention_sides(ctx, gaz, max(0, j - 3), j + 1, set())
                         if s[2] != "place" and _mention_end(ctx, gaz, s[0]) == j + 1]
                return named[-1][1] if named else None
            named = [s for s in _mention_sides(ctx, gaz, max(0, k - 6), k, set()) if s[2] != "place"]
            if named:
                return named[-1][1]
            subj = {ctx.w(m) for m in range(max(0, k - 4), k)}
            if "enemy" in subj and _belligerent(gaz, claimant_side) and ctx.w(k - 1) != "we":
                # "Over the past 24 hours, the enemy lost up to 300 servicemen"
                return main_enemy(gaz, claimant_side, ctx)
            if subj & {"we", "his", "her", "our", "my"} and _belligerent(gaz, claimant_side):
                return claimant_side  # "his division alone had lost 30", "we lost 18 of our soldiers"
            return None
    # "inflicted losses of up to 470 servicemen on Ukrainian units": the side after "on"
    if any(ctx.w(m) in _INFLICT for m in range(max(0, link.cue_start - 3), link.qty.tok_start)):
        for m in range(link.qty.tok_end, min(len(ctx.toks), link.qty.tok_end + 6)):
            if ctx.w(m) == "on":
                named = [s for s in _mention_sides(ctx, gaz, m + 1, m + 4, set()) if s[2] != "place"]
                if named:
                    return named[0][1]
    return None


_INFLICT = {"inflicted", "inflicting", "inflict", "inflicts", "caused", "causing"}


def _bare(ctx: SentenceContext, link: Link) -> bool:
    """No people noun of its own: "46 dead", "300 wounded", "187 still listed as missing"."""
    return all(ctx.w(k) in L.CHAIN or ctx.w(k) in ("more", "others", "other") for k in range(link.np_start, link.np_end))


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


def _cares(gaz: Gazetteer, claimant_id: str | None, claimant_side: str | None) -> bool:
    """Is the claimant itself a side's health ministry, emergency service or local
    authority, named earlier and referred to here ("..., the ministry said")?"""
    actor = gaz.actors.get(claimant_id) if claimant_id else None
    return actor is not None and actor.kind in _CARE_KINDS and actor.side == claimant_side


def _populated(gaz: Gazetteer, side: str | None) -> bool:
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


def _population(ctx: SentenceContext, gaz: Gazetteer, doc: DocSides | None, exclude: set[int],
                sentence_only: bool = False) -> str | None:
    """The side whose population lives where the sentence, else the document, is: a town
    of the gazetteer named in the sentence, else the document's most named towns."""
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside and ctx.tok_index_of_mention(m)[0] not in exclude:
            return pside
    if sentence_only or doc is None:
        return None
    sites = doc.sites if doc.sites else doc.places
    if sites:
        return sites.most_common(1)[0][0]
    return None


def _war_wide(ctx: SentenceContext) -> bool:
    """Does the sentence speak of a whole war ("the conflict, which by then had killed",
    "that war ... cost 377,000 lives", "over seven years", "nationwide")?"""
    for k, w in enumerate(ctx.low):
        if w in ("conflict", "war") and ctx.w(k - 1) in ("the", "that", "this", "whole", "entire"):
            return True
        if w in ("nationwide", "countrywide"):
            return True
        if w == "years" and ctx.w(k - 2) in ("over", "in", "across", "after"):
            return True
    return False


def _civil_war_state(gaz: Gazetteer, doc: DocSides) -> str | None:
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
    for tok, side, form in _mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form == "place" or (form == "alias" and _locative(ctx, tok, _WHERE_FELL)):
            k = tok - 1
            while k > 0 and ctx.w(k) not in _LOCATIVE:
                k -= 1
            if ctx.w(k - 1) in _SEAT_NOUNS or ctx.w(k - 1).endswith("'s"):
                continue  # "the ministry in Moscow", "the UN mission in Iraq": where a body sits
            out.append(side)
    return out


_SEAT_NOUNS = {"ministry", "government", "authorities", "officials", "office", "embassy", "command", "headquarters",
               "court", "parliament", "spokesman", "spokesperson", "mission", "correspondent", "reporters", "based",
               "bureau", "agency", "leadership", "regime", "administration", "military", "army", "officers"}


def _scene_before(doc: DocSides | None, si: int) -> str | None:
    """The one side whose places the sentence before (same paragraph) is set in."""
    if doc is None or not 0 < si < len(doc.scenes):
        return None
    para, _ = doc.scenes[si]
    ppara, sides = doc.scenes[si - 1]
    if ppara != para or len(set(sides)) != 1:
        return None
    return sides[0]


def established_side(prior: list[dict]) -> str | None:
    """The one side all the document's earlier claims were about, if there is one."""
    seen = {p["side"] for p in prior if p["side"] != UNKNOWN}
    return seen.pop() if len(seen) == 1 else None


def victim_side(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                exclude: set[int], doc: DocSides, si: int = 0, prior: list[dict] | None = None,
                claimant_id: str | None = None) -> str:
    """Whose people a count is about; `prior` holds the document's earlier claims in
    reading order as {"si": sentence index, "side": victim side, "explicit": bool,
    "value": (low, high)}; `claimant_id` the claimant's actor id when it is one."""
    side = _victim_side(ctx, link, gaz, claimant_side, exclude, doc, si, prior, claimant_id)
    if side != UNKNOWN and _belligerent(gaz, side) and not _populated(gaz, side) and _civilians(ctx, link, gaz,
                                                                                            claimant_side, exclude):
        # civilians belong to a population, and an armed group without towns has none:
        # civilians killed in IS-held Raqqa, in Hezbollah's strongholds, in RSF-held towns
        # are the people of the state the document names (CONVENTIONS: civilians' side)
        side = _host_state(gaz, side, ctx, doc) or side
    return side


def _civilians(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
               exclude: set[int]) -> bool:
    """Civilians, or people whose side the sentence does not name next to them."""
    group, kind = own_group(ctx, link, set())
    return group == "civilian" or (kind == "people" and explicit_victim(ctx, link, gaz, claimant_side, exclude) is None)


def _host_state(gaz: Gazetteer, group_side: str, ctx: SentenceContext, doc: DocSides | None) -> str | None:
    """The populated side, among the members of the wars `group_side` fights in, whose
    places the sentence names, else which the document names most ("north-east Syria")."""
    pool = [s for cid in gaz.conflicts_of(group_side) for s in sorted(gaz.conflicts[cid].members())
            if s != group_side and _populated(gaz, s)]
    if not pool:
        return None
    for m in ctx.places:
        if gaz.places[m.ref].side in pool:
            return gaz.places[m.ref].side
    for tok, side, form in _mention_sides(ctx, gaz, 0, len(ctx.toks), set()):
        if form == "alias" and side in pool and _locative(ctx, tok):
            return side  # "across north-east Syria"
    if doc is None:
        return None
    score = {s: (doc.located.get(s, 0) + doc.places.get(s, 0), doc.mentions.get(s, 0)) for s in pool}
    best = max(pool, key=lambda s: (score[s], -pool.index(s)))
    return best if score[best] > (0, 0) else None


def _victim_side(ctx: SentenceContext, link: Link, gaz: Gazetteer, claimant_side: str | None,
                 exclude: set[int], doc: DocSides, si: int = 0, prior: list[dict] | None = None,
                 claimant_id: str | None = None) -> str:
    prior = prior or []
    established = established_side(prior)
    side = explicit_victim(ctx, link, gaz, claimant_side, exclude, doc, established)
    if side:
        return side
    side = _referent(ctx, link, si, prior)
    if side and side != UNKNOWN:
        return side
    group, kind = own_group(ctx, link, set())
    words = {ctx.w(k) for k in range(link.np_start, link.np_end)}
    # a side's own health ministry, emergency service or local authority counts its own
    # people ("Lebanon's health ministry said five people", "Israel's emergency service
    # said it had treated 30 people")
    if _belligerent(gaz, claimant_side) and not words & _ENEMY_TERMS and (
            _carer(ctx, gaz, claimant_side) or (group != "military" and _cares(gaz, claimant_id, claimant_side))):
        return claimant_side
    civilian = group == "civilian" or (kind in ("people", "bare") and not words & (L.OWN_TERMS | _OWN_EXTRA | _ENEMY_TERMS))
    bare = _bare(ctx, link)
    if link.how == "echo":
        side = _echo(link, prior)
        if side:
            return side
    # "400 soldiers were killed and 300 wounded": a count without its own noun shares the
    # people of the claim before it in the sentence
    same = [p for p in prior if p["si"] == si and p["side"] != UNKNOWN]
    if same and (bare or (words & {"more", "others", "other"} and not words & (L.MILITARY_NOUNS | L.CIVILIAN_NOUNS))):
        # "33 dead ..., while rescuers said dozens more people were unaccounted for"
        return same[-1]["side"]
    # "the conflict, which by then had killed more than 4,000 civilians", "over seven years
    # ... 9,000 civilians killed by coalition air raids": a civil war's toll of civilians or
    # people with no place counts the country's population (CONVENTIONS: whole-war tolls)
    if civilian and group != "military" and not ctx.places and _war_wide(ctx):
        side = _civil_war_state(gaz, doc)
        if side:
            return side
    # the side whose strike it was: "a Russian strike on Kharkiv killed 12". Only a strike
    # or a weapon names it; "Israeli forces" may as well be the victims or the speakers.
    att = attacker(ctx, gaz, exclude, strikes_only=True)
    if att:
        enemy = _enemy_for(gaz, att, ctx, doc)
        if enemy:
            if civilian and group != "military" and not _populated(gaz, enemy):
                # civilians killed by a state's strike on an armed group's areas are the
                # population of the place ("a Syrian helicopter dropped the cylinder that
                # killed 43 people" in Douma; a US strike on a hospital in Kunduz)
                return _population(ctx, gaz, doc, exclude) or enemy
            return enemy
    for m in ctx.places:
        pside = gaz.places[m.ref].side
        if pside and ctx.tok_index_of_mention(m)[0] not in exclude:
            return pside
    if group == "civilian":
        # "11 of its soldiers and 40 civilians": civilians counted beside a side's soldiers,
        # or by a belligerent, are that side's own population
        same = [p for p in prior if p["si"] == si and p["side"] != UNKNOWN and p.get("explicit")]
        if same and _populated(gaz, same[-1]["side"]):
            return same[-1]["side"]
        if _belligerent(gaz, claimant_side) and _populated(gaz, claimant_side) and not words & _ENEMY_TERMS:
            return claimant_side
    # the people a narrative last named as victims, a sentence or two ago
    recent = [p for p in prior if si - 2 <= p["si"] < si and p["explicit"]]
    if recent and group == "civilian" and recent[-1].get("group") == "military":
        recent = []  # civilians are not the fighters the narrative just counted
    if recent and (civilian or bare) and group != "military" and recent[-1]["si"] < si - 1 and _scene_before(doc, si):
        recent = []  # the sentence just before, with no claim of its own, set a new scene
    if recent:
        # a state's ministry counting "people" after a claim about an allied armed group's
        # fighters ("eight of its fighters" then "killed 20 people, the health ministry said")
        # counts its own people
        if _belligerent(gaz, claimant_side) and recent[-1]["side"] != claimant_side \
                and gaz._allied(claimant_side, recent[-1]["side"]) and not gaz.are_enemies(claimant_side, recent[-1]["side"]):
            return claimant_side
        return recent[-1]["side"]
    if (civilian or bare) and group != "military":
        # "Pagers exploded in Beirut's southern suburbs ... The health minister spoke of nine
        # dead": a count nobody places happened where the sentence before it was set
        side = _scene_before(doc, si)
        if side:
            return side
    if civilian and group != "military":
        # people and civilians nobody names: the population of the places the document is about
        side = _population(ctx, gaz, doc, exclude, sentence_only=False)
        if side and (group == "civilian" or not doc.default_victim()
                     or not _populated(gaz, doc.default_victim())):
            return side
    default = doc.default_victim()
    if default:
        return default
    if doc.places:
        return doc.places.most_common(1)[0][0]
    if claimant_side and claimant_side not in (THIRD_PARTY, "author") and gaz.conflicts_of(claimant_side):
        return claimant_side
    return UNKNOWN


def soldiers_by_place(ctx: SentenceContext, link: Link, gaz: Gazetteer, exclude: set[int], side: str,
                      claimant_side: str | None) -> bool:
    """Did fighters get their side only from where they fell ("Three soldiers killed in
    southern Lebanon and Gaza")? Soldiers die on the enemy's ground as often as on their
    own, so such a side is weak: reassign_placed_soldiers may replace it."""
    words = {ctx.w(k) for k in range(link.np_start, max(link.np_end, link.cue_start if link.how == "right" else 0))}
    if not words & (L.MILITARY_NOUNS | L.OWN_TERMS | _MILITARY_EXTRA) or words & _ENEMY_TERMS:
        return False
    # "members of the Iraqi security forces" (the force after "of" is no speaker)
    if _people_sides(ctx, gaz, link.np_start, link.np_end, exclude) \
            or _people_sides(ctx, gaz, link.np_end, _partitive_end(ctx, link.np_end), set()) \
            or _belligerent(gaz, claimant_side) \
            or words & _OWN_POSSESSIVES or ctx.w(link.np_start - 1) in _OWN_POSSESSIVES:
        return False
    return any(s == side and f in ("place", "alias") and _locative(ctx, t, _WHERE_FELL)
               for t, s, f in _mention_sides(ctx, gaz, 0, len(ctx.toks), exclude))


_WHERE_FELL = {"in", "across", "throughout", "inside", "near", "at"}


def _partitive_end(ctx: SentenceContext, end: int) -> int:
    """End of the noun phrase a partitive people phrase names: "1,959 members of [the Iraqi
    security forces]" -> the token after "forces" (up to a verb, a preposition or punctuation)."""
    if ctx.w(end - 1) != "of":
        return end
    k = end
    while k < min(len(ctx.toks), end + 6) and not _is_punct_word(ctx.w(k)) and (
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
        options = [(n, s) for s, n in firm.items() if gaz.are_enemies(s, r["victim_side"])]
        if options:
            r["victim_side"] = max(options)[1]
            changed.append(i)
    return changed


# Group words beyond the lexicon's military/civilian nouns. Prisoners in war news are
# prisoners of war; detainees and hostages are civilians (CONVENTIONS: POWs are military).
_MILITARY_EXTRA = {"prisoners", "prisoner", "pow", "pows", "comrades", "comrades-in-arms", "crew", "crewmen",
                   "servicemembers", "guardsmen", "legionnaires", "wagner", "sailor", "marine", "airman", "pilot",
                   "paratrooper", "conscript", "officer", "reservist", "recruit", "militiaman", "combatant",
                   "apostates", "crusaders", "takfiris", "orcs", "peacekeepers", "peacekeeper"}
_CIVILIAN_EXTRA = {"detainees", "inmates", "tourists", "displaced", "aid", "humanitarian", "shelter",
                   "journalist", "boys", "girls", "elderly", "relatives", "neighbours", "neighbors", "family"}
# Heads that say "people" without saying which: decided by the document or the toll's kind.
_PEOPLE_HEADS = {"people", "persons", "person", "individuals"}
# A toll over a period or a whole war counts fighters and civilians together.
_GENERAL_TOLL = {"since", "war", "wars", "conflict", "overall", "annual", "cumulative", "total",
                 "revolution", "throughout", "began", "beginning", "invasion"}


def _words_group(words: list[str], persons: set[str], head: bool = True) -> tuple[str | None, str]:
    """(group, kind) named by the words: kind "firm", "men", "people" or "" when nothing."""
    ws = set(words)
    mil = bool(ws & (L.MILITARY_NOUNS | _MILITARY_EXTRA))
    civ = bool(ws & (L.CIVILIAN_NOUNS | _CIVILIAN_EXTRA))
    if mil and civ:
        return "mixed", "firm"
    if mil:
        return "military", "firm"
    if civ:
        return "civilian", "firm"
    if ws & {"men", "man"}:
        return "military", "men"  # "89 men": in war news mostly fighters; the document decides
    if head and words and words[-1] in persons:
        return "mixed", "firm"  # "3,000 Palestinians": a people's toll counts fighters and civilians
    if ws & _PEOPLE_HEADS:
        return None, "people"
    return None, ""  # "46 dead", "27 others", "44 bodies": the context decides


_TOLL_HEADS = {"toll", "tolls", "deaths", "casualties", "losses", "fatalities", "figure", "figures", "count", "tally"}


def _toll_modifier(ctx: SentenceContext, start: int) -> list[str]:
    """The words in front of the nearest toll noun before token `start`: "put the civilian
    toll at 31 dead" -> ["the", "civilian"] (a group said once for the whole toll)."""
    for m in range(start - 1, max(-1, start - 9), -1):
        w = ctx.w(m)
        if w in (".", ";", ":"):
            break
        if w in _TOLL_HEADS:
            return [ctx.w(x).removesuffix("'s").rstrip("'") for x in range(max(0, m - 3), m)]
    return []


def own_group(ctx: SentenceContext, link: Link, persons: set[str]) -> tuple[str | None, str]:
    """Group from the count's own noun phrase, else from the toll's modifiers
    ("civilian death toll", "personnel losses", "prisoners' deaths")."""
    words = [ctx.w(k) for k in range(link.np_start, link.np_end)]
    if link.how == "right":
        # nouns up to the verb, not past a comma or a coordinated count: "40 Ukrainian
        # prisoners of war were killed", but "11 soldiers, 40 civilians martyred"
        for k in range(link.np_end, link.cue_start):
            w = ctx.w(k)
            if _is_punct_word(w) or w[0].isdigit() or w in L.NP_STOP or w in L.CHAIN:
                break
            words.append(w)
    if words and words[-1] == "of":
        # "1,959 members of the Iraqi security forces": the noun the partitive names
        words += [ctx.w(k) for k in range(link.np_end, min(len(ctx.toks), link.np_end + 5))
                  if not _is_punct_word(ctx.w(k))][:5]
    if link.how == "toll" and ctx.w(link.cue_start) in _NUMBER_HEADS and ctx.w(link.cue_end) == "of":
        # "put the number of IS fighters killed in Mosul at 16,000": the people after "of"
        for k in range(link.cue_end + 1, min(len(ctx.toks), link.cue_end + 6)):
            w = ctx.w(k)
            if _is_punct_word(w) or w in L.KILLED_AFTER or w in L.WOUNDED_AFTER or w in ("at", "to", "who", "that"):
                break
            words.append(w)
    if words in (["them"], ["whom"]):
        # "26 people, 25 of them tourists": the noun after "of them"
        words = [ctx.w(k) for k in range(link.np_end, min(len(ctx.toks), link.np_end + 3))
                 if not _is_punct_word(ctx.w(k))]
    if "armed" in words and set(words) & {"youths", "men", "civilians", "residents", "villagers", "locals"}:
        return "military", "firm"  # "armed youths loyal to the TPLF", "armed men"
    group, kind = _words_group(words, persons)
    if kind == "firm":
        return group, kind
    if kind == "people":
        comp, ckind = _words_group(_composition(ctx, link.np_end), persons)
        if ckind == "firm":
            return comp, ckind
    pre: list[str] = []
    if link.how in ("toll", "of", "from") or not words:
        pre = [ctx.w(k).removesuffix("'s").rstrip("'") for k in range(max(0, link.cue_start - 3), link.cue_end)]
        pre = [w for w in pre if w not in ("dead", "killed", "wounded", "injured")]
    pre += _toll_modifier(ctx, link.qty.tok_start)
    pgroup, pkind = _words_group(pre, persons, head=False)
    if pkind == "firm" or (pkind and not kind):
        return pgroup, pkind
    return group, kind or "bare"


_NUMBER_HEADS = {"number", "numbers", "count", "tally", "toll", "total", "figure"}
_MOST = {"most", "mostly", "mainly", "all", "majority", "overwhelmingly", "largely", "predominantly", "nearly"}


def _composition(ctx: SentenceContext, k: int) -> list[str]:
    """What a toll is made of: ", most of them tourists", ", 25 of them women", ", mostly
    children" after the noun (not ", including ...": a part does not make the whole)."""
    if ctx.w(k) != ",":
        return []
    words = [ctx.w(m) for m in range(k + 1, min(len(ctx.toks), k + 9))]
    if "," in words:
        words = words[:words.index(",")]
    if words and (words[0] in _MOST or (words[0][:1].isdigit() and words[1:3] == ["of", "them"])):
        return words
    return []


def _is_punct_word(w: str) -> bool:
    return not w or not w[0].isalnum()


def people_group(ctx: SentenceContext, link: Link) -> str | None:
    """"people" with no other noun: mixed for a period or war toll ("since ...", "in 2021"
    after the count, ten thousand or more), even when the sentence also names a hospital
    or a school; civilian when it names a civilian site hit ("a missile hit the station,
    killing 14 people"); else None (the document decides; a health ministry's running
    toll of "people" counts fighters too)."""
    low = set(ctx.low)
    after = range(link.qty.tok_end, len(ctx.low))
    if ctx.w(link.cue_start) in _LOSS_NOUNS:
        return None  # "Russian losses since the invasion": personnel losses, the document decides
    if low & _GENERAL_TOLL or (link.qty.value >= 10000) or _over_period(ctx) or any(
            len(ctx.w(k)) == 4 and ctx.w(k).isdigit() and ctx.w(k).startswith(("19", "20"))
            and ctx.w(k - 1) == "in" for k in after):
        return "mixed"
    if low & _CIVILIAN_SITES:
        return "civilian"
    return None


_LOSS_NOUNS = {"losses", "loss", "lost", "losing", "casualties", "lose"}
_PERIOD_NOUNS = {"operation", "battle", "offensive", "siege", "campaign", "occupation", "years", "months"}


def _over_period(ctx: SentenceContext) -> bool:
    """ "during the operation", "over seven years", "throughout the siege": a toll of a period."""
    return any(w in _PERIOD_NOUNS and any(ctx.w(j) in ("during", "over", "throughout", "across")
                                          for j in range(max(0, k - 3), k))
               for k, w in enumerate(ctx.low))


_PERIOD_WORDS = {"since", "war", "conflict", "revolution", "throughout", "began", "invasion", "nationwide"}


def period_toll(ctx: SentenceContext, link: Link) -> bool:
    """Is a count without a noun the toll of a period or a war ("9,606 deaths during the
    operation", "the overall death toll in Gaza since Oct. 7", "total deaths ... since July
    2012")? Not when the sentence names who died (fighters, civilians), not for losses
    ("Ukraine had lost more than 50,000 dead", "2,557 neutralized"), and only for period
    words near the count, in its clause."""
    lo = min(link.qty.tok_start, link.cue_start)
    hi = max(link.qty.tok_end, link.cue_end)
    a, b = max(0, lo - 10), min(len(ctx.toks), hi + 7)
    for k in range(lo - 1, a - 1, -1):
        if ctx.w(k) == ";":
            a = k + 1
            break
    for k in range(hi, b):
        if ctx.w(k) in (";", "—"):
            b = k
            break
    window = [ctx.w(k) for k in range(a, b)]
    named = set(window) & (L.MILITARY_NOUNS | L.CIVILIAN_NOUNS | _MILITARY_EXTRA | {"men"})
    loss = set(window) & (_LOSS_VERBS | _LOSS_NOUNS | _ENEMY_VERBS | L.CASUALTIES_AFTER)
    if named or loss:
        return False
    return any(w in _PERIOD_WORDS and not (w in ("war", "conflict") and window[i - 1:i] in (["a"], ["of"]))
               for i, w in enumerate(window)) or any(
        w in _PERIOD_NOUNS and any(window[j] in ("during", "over", "throughout", "across")
                                   for j in range(max(0, i - 3), i))
        for i, w in enumerate(window))


def victim_group(ctx: SentenceContext, link: Link, persons: set[str] | None = None) -> str:
    """The group the sentence alone gives (unknown when only the document can tell)."""
    group, kind = own_group(ctx, link, persons or set())
    if kind == "people":
        return people_group(ctx, link) or "mixed"
    return group or "unknown"


# Where an attack hit tells who was there when nobody says: a hospital, a market or a block
# of flats holds civilians, a barracks or a warship soldiers.
_CIVILIAN_SITES = {"hospital", "hospitals", "market", "marketplace", "cafe", "café", "restaurant", "apartment",
                   "apartments", "flats", "residential", "school", "schools", "station", "mosque", "church",
                   "wedding", "funeral", "bakery", "mall", "supermarket", "shelter", "displaced", "refugee",
                   "festival", "concert", "theatre", "theater", "playground", "bus", "train", "queue",
                   "tent", "tents", "convoy", "convoys", "shelters", "bakeries", "queues", "aid"}
_MILITARY_SITES = {"barracks", "base", "garrison", "trenches", "trench", "frontline", "front", "positions",
                   "deployment", "cruiser", "warship", "flagship", "airbase", "airfield", "checkpoint",
                   "outpost", "battalion", "regiment", "brigade", "division", "army", "military"}


def site_group(sentences: list[SentenceContext]) -> str | None:
    """Group suggested by the site the opening sentences (title and lead) name."""
    words = {w for ctx in sentences[:3] for w in ctx.low}
    civ, mil = bool(words & _CIVILIAN_SITES), bool(words & _MILITARY_SITES)
    if civ and not mil:
        return "civilian"
    if mil and not civ:
        return "military"
    return None


def resolve_groups(items: list[dict], site: str | None = None) -> list[str]:
    """Groups for one document's claims, in reading order.

    Each item has si (sentence index), group and kind (from own_group), people (the
    people_group of its sentence) and how (the link's rule). A count without its own noun
    ("46 dead", "300 wounded", "the toll rose to 68") takes the group of the other claims
    of its sentence, else the document's usual group (a live blog about one strike on
    flats speaks of civilians, a statement about a barracks of soldiers), else the site the
    lead names (site_group). "people" is read by people_group, else by the site, else is
    mixed (a people's toll); "men" counts as fighters at the end."""
    firm = [it for it in items if it["kind"] == "firm"]
    counts: dict[str, int] = {}
    for it in firm:
        if it.get("how") != "subset":  # "including five children" does not make a toll civilian
            counts[it["group"]] = counts.get(it["group"], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    doc_default = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    out: list[str] = []

    def siblings_firm(it: dict) -> bool:
        # a breakdown ("including 21 children and 39 women") does not make the toll civilian
        return any(o["si"] == it["si"] and o.get("how") not in ("subset", "coord") for o in firm)

    for it in items:
        if it["kind"] == "firm":
            out.append(it["group"])
            continue
        if it.get("health") and it["kind"] in ("people", "bare") and it["people"] != "civilian" \
                and site != "civilian" and not siblings_firm(it):
            # a health ministry's count without its own noun ("182 killed, 727 wounded", "the
            # toll since 7 October has risen to 8,525"): ministries count everyone brought to
            # hospitals and do not separate fighters from civilians
            out.append("mixed")
            continue
        if it["kind"] == "people":
            # the document's other nouns do not tell what a toll of "people" is made of
            out.append(it["people"] or site or "mixed")
            continue
        siblings = [o["group"] for o in firm if o["si"] == it["si"]]
        if siblings and len(set(siblings)) == 1 and it["kind"] != "people":
            out.append(siblings[0])
        elif it.get("period") and it["kind"] == "bare":
            # "9,606 deaths during the operation", "total deaths since July 2012": a toll of a
            # period or a war without a noun counts fighters and civilians together
            out.append("mixed")
        elif doc_default:
            out.append(doc_default)
        elif site:
            out.append(site)
        elif it["kind"] in ("men", "people"):
            out.append("military" if it["kind"] == "men" else "mixed")
        else:
            out.append("unknown")
    return out
