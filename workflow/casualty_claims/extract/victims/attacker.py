"""Who attacked: the side whose strike, weapon or forces did the killing ("a Russian
missile strike", "by Hamas"), the place an attacker stormed, the side fought against, and
whether the claimant itself did it ("it had killed 47")."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.attribution.reporting_verbs import ACCUSING
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.groups import own_group
from casualty_claims.extract.victims.mentions import (LOCATIVE, clause_start, is_place_name, locative, mention_end,
                                                      mention_sides, party_names, word_before_place)
from casualty_claims.extract.victims.words import ACT_VERBS, AUX, ENEMY_TERMS, ENEMY_VERBS, SUBJECT_PRONOUNS
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer
from casualty_claims.ingest.dates import MONTHS

_SUPPLY = {"supplied", "made", "provided", "donated", "built", "backed", "funded", "designed", "produced"}
_ATTACK_MODIFIERS = {"missile", "drone", "air", "rocket", "artillery", "cruise", "ballistic", "kamikaze", "shahed",
                     "military", "army", "naval", "precision", "retaliatory", "heavy", "massive", "overnight",
                     "deadly", "combined", "guided", "glide", "ground", "special", "security", "armed", "-", "led"}
_FIGHT_NOUNS = {"offensive", "operation", "operations", "fighting", "fight", "battle", "battles", "war", "campaign",
                "clashes", "combat", "incursion", "invasion", "assault", "war's", "counteroffensive", "raid", "raids"}


def fighting_against(ctx: SentenceContext, gaz: Gazetteer, link: Link, words: list[str]) -> str | None:
    """ "373 soldiers have been killed in the ground offensive against Hamas", "troops
    killed in fighting against Hezbollah": fighters killed fighting a side are its enemy
    (only for fighters: civilians killed in a war against X are not X's enemy)."""
    group, _ = own_group(ctx, link, set())
    if group != "military" or set(words) & ENEMY_TERMS:
        return None
    start = clause_start(ctx, link.qty.tok_start)
    for k in range(start, len(ctx.toks)):
        w = ctx.w(k)
        if w in (";", ".", ":") and k > link.qty.tok_end:
            break
        if w == "against" and any(ctx.w(j) in _FIGHT_NOUNS for j in range(max(start, k - 4), k)):
            named = party_names(ctx, gaz, k + 1, k + 4)
            if named and gaz.enemies_of(named[0][1]):
                enemies = gaz.enemies_of(named[0][1])
                return enemies[0] if len(enemies) == 1 else None
    return None


_ENTRY_VERBS = {"stormed", "storming", "crossed", "crossing", "infiltrated", "infiltrating", "burst",
                "bursting", "broke", "breaking", "poured", "pouring", "rampaged", "rampaging", "swept", "sweeping",
                "attacked", "attacking", "invaded", "invading", "raided", "raiding", "launched", "fired", "firing"}


def stormed_into(ctx: SentenceContext, tok: int) -> bool:
    """ "militants stormed into southern Israel": the place attacked, not where hostages are held."""
    k = word_before_place(ctx, tok)
    return ctx.w(k) in ("into", "in", "on") and ctx.w(k - 1) in _ENTRY_VERBS


def entered(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, exclude: set[int]) -> str | None:
    """The place an attacker entered or attacked, in tokens [lo, hi): "stormed into southern
    Israel", "attacked Kharkiv", "overran the town of ..." -> the side the place belongs to
    (only a side's own name or a town with a side, and only when a participle or clause
    after it tells what the attack did)."""
    for tok, side, form in mention_sides(ctx, gaz, lo, hi, exclude):
        if form not in ("place", "alias") or not gaz.enemies_of(side):
            continue
        k = word_before_place(ctx, tok)
        if ctx.w(k) in ("into", "in", "on", "across", "inside"):
            k -= 1
        if ctx.w(k) in _ENTRY_VERBS and ctx.w(k) not in ("launched", "fired", "firing"):
            return side
    return None


def enemy_verb(ctx: SentenceContext, link: Link) -> bool:
    return any(ctx.w(k) in ENEMY_VERBS for k in range(link.cue_start, max(link.cue_end, link.cue_start + 1)))


def claimant_acts(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str) -> bool:
    """Is the claimant the subject of the active verb before the count: "the Taliban said
    they had killed 47", "the RSF said it had taken hundreds of soldiers prisoner"?"""
    cue = link.cue_start if link.how == "left" else _coordinated_verb(ctx, link)
    if cue is None or ctx.w(cue) not in ACT_VERBS:
        return False
    k = cue - 1
    while ctx.w(k) in AUX:
        k -= 1
    if ctx.w(k) == "and":
        # "they had killed 47 soldiers and taken 12 others prisoner": the first verb's subject
        verbs = [m for m in range(max(0, k - 10), k) if ctx.w(m) in ACT_VERBS]
        if not verbs:
            # "its fighters had 'liberated' the headquarters ... and killed hundreds of
            # soldiers": the subject opening the clause the coordination belongs to
            for m in range(k - 1, max(-1, k - 20), -1):
                if ctx.w(m) in (";", ".", ":") or ctx.w(m) in L.REPORTING_VERBS:
                    return False
                if ctx.w(m) in ("had", "has", "have") and (ctx.w(m - 1) in SUBJECT_PRONOUNS or (
                        ctx.w(m - 1) in _FORCE_NOUNS and ctx.w(m - 2) in ("our", "its", "their"))):
                    return True
            return False
        k = verbs[-1] - 1
        while ctx.w(k) in AUX:
            k -= 1
    if k < 0:
        return False
    if ctx.w(k) == "," and ctx.w(cue).endswith("ing"):
        # "the IDF said it struck Hezbollah positions, killing 12": the participle's subject
        # is the reported clause's
        return _reported_pronoun_clause(ctx, k)
    if ctx.w(k) in SUBJECT_PRONOUNS:
        return True
    if (ctx.w(k) in ("forces", "troops", "army", "military", "units") or ctx.w(k) in L.MILITARY_NOUNS) \
            and ctx.w(k - 1) in ("our", "its", "their"):
        return True
    if ctx.w(k) in L.ATTACK_NOUNS and (ctx.w(k - 1) in ("our", "its", "their") or (
            ctx.w(k - 1) in L.ATTACK_NOUNS and ctx.w(k - 2) in ("our", "its", "their"))):
        return True  # "its strikes had killed", "their air strikes killed"
    for tok, side, form in mention_sides(ctx, gaz, max(0, k - 4), k + 1, set()):
        # "an airstrike hit the market in the Shuub district of Sanaa, killing 12": a name
        # after a preposition is where the attack landed, not who attacked
        end = mention_end(ctx, gaz, tok)
        if form != "place" and end in (k + 1, k) and side == claimant_side \
                and not locative(ctx, tok, LOCATIVE | {"into", "to", "against"}) \
                and not (is_place_name(ctx, tok, end) and not ctx.w(end - 1).endswith("'s")):
            return True  # (not "a Tigray airstrike killed 11": a region's name is where it hit)
    return False


def _coordinated_verb(ctx: SentenceContext, link: Link) -> int | None:
    """The verb a coordinated count is the second object of ("had killed around 30
    commanders and 11 nuclear scientists" -> "killed"), within its clause."""
    if link.how != "coord":
        return None
    for k in range(link.qty.tok_start - 1, max(-1, link.qty.tok_start - 12), -1):
        if ctx.w(k) in (";", ".", ":") or ctx.w(k) in L.REPORTING_VERBS:
            return None
        if ctx.w(k) in ACT_VERBS:
            return k
    return None


def _reported_pronoun_clause(ctx: SentenceContext, comma: int) -> bool:
    """Does the clause before `comma` open on the speaker as subject right after a reporting
    verb ("said it struck ...", "said that they had shelled ...", "said its drones hit ...")?"""
    for m in range(comma - 1, max(-1, comma - 16), -1):
        w = ctx.w(m)
        if w in (";", ".", ":", ","):
            return False
        if w in ("its", "their", "our") and ctx.w(m + 1) in L.ATTACK_NOUNS:
            before = m - 1 if ctx.w(m - 1) != "that" else m - 2
            return ctx.w(before) in L.REPORTING_VERBS
        if w in SUBJECT_PRONOUNS:
            before = m - 1 if ctx.w(m - 1) != "that" else m - 2
            after = m + 1
            while ctx.w(after) in AUX:
                after += 1
            return ctx.w(before) in L.REPORTING_VERBS and ctx.w(after) not in L.REPORTING_VERBS
    return False


REGIME = {"regime", "regime's", "'s", "government's", "junta", "junta's", "side's"}


# Words that may stand between a side's name and its attack noun without naming anyone:
# the date the attack is known by ("Hamas's October 7 attack", "Russia's February 2022
# invasion") and how it is characterised ("Russia's full-scale invasion", "Hamas's
# unprecedented cross-border attack").
_ATTACK_EPITHETS = {"full", "scale", "surprise", "unprecedented", "cross", "border", "brutal", "terrorist", "terror",
                    "large", "all", "out", "deadliest", "bloody", "coordinated", "unprovoked", "."} | set(MONTHS) | {
    # a statement's own words for the enemy's strikes, often quoted: India's "unprovoked and
    # cowardly" strikes, Israel's "barbaric" bombardment, Russia's continued shelling
    '"', "cowardly", "barbaric", "indiscriminate", "heinous", "treacherous", "savage", "criminal", "dastardly",
    "continued", "continuing", "ongoing", "latest", "repeated", "renewed", "fresh", "relentless", "intense",
    "reckless", "illegal", "and"}


def _epithet(ctx: SentenceContext, k: int) -> bool:
    """Is token k such a word? A number only next to a month ("October 7", "7 October",
    "February 2022"): "Ukraine's 47 soldiers" are people, not an attack."""
    w = ctx.w(k)
    if w.isdigit():
        return ctx.w(k - 1) in MONTHS or ctx.w(k + 1) in MONTHS
    return w in _ATTACK_EPITHETS


def attack_after(ctx: SentenceContext, k: int) -> int | None:
    """Token of the attack noun a side's name modifies, starting at token k: "Russian
    [missile] strike", "the Kiev regime's [rocket] strike", "Israel's air strikes",
    "Hamas's [October 7] attack", "Russia's [full-scale] invasion"."""
    while ctx.w(k) in REGIME:
        k += 1
    skipped = 0
    while _epithet(ctx, k) and skipped < 5:
        k += 1
        skipped += 1
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
        if is_place_name(ctx, ma, mb) and not ctx.w(mb - 1).endswith("'s") and nxt not in REGIME:
            continue  # "the Beirut strike": the strike on Beirut
        if nxt == "-" and ctx.w(mb + 1) in _SUPPLY:
            continue  # "US-supplied missiles": the supplier is not the attacker
        hit = attack_after(ctx, mb)
        if hit is None and nxt == "-":
            # "American-British raids", "Saudi-Emirati strikes": the first of joint attackers
            # leads (the second may have no war of its own there in the gazetteer)
            hit = _joint_attack(ctx, gaz, mb + 1)
        if hit is not None and _repelled(ctx, ma):
            continue  # "repelled an RSF attack, killing 200 militia fighters": the attackers died
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


def _joint_attack(ctx: SentenceContext, gaz: Gazetteer, tok: int) -> int | None:
    """The attack noun after a second side's name starting at token `tok` ("-British raids")."""
    for m in [*ctx.sides, *ctx.actors]:
        ma, mb = ctx.tok_index_of_mention(m)
        if ma == tok:
            return attack_after(ctx, mb)
    return None


# Verbs whose passive agent did the harm: "eight were killed by Hamas", "abducted by the RSF"
_HARM_PARTICIPLES = {"killed", "murdered", "slain", "executed", "massacred", "shot", "wounded", "injured",
                     "abducted", "kidnapped", "taken", "captured", "seized"}
# "the attack led by Hamas", "strikes carried out by the coalition", "a raid launched by the RSF"
_AGENT_PARTICIPLES = {"led", "carried", "launched", "conducted", "mounted", "staged", "perpetrated", "committed"}


# shooting named by its verb's noun: "unprovoked firing by the Pakistan Army", "shooting by Israeli forces"
_FIRE_NOUNS = {"firing", "shooting", "gunfire", "sniping", "shelling", "bombing", "bombardment"}


def _agent_of_attack(ctx: SentenceContext, ma: int) -> bool:
    """Is the name at token ma the agent ("by X") of an attack or of a harm done to people:
    "the October 7 attack led by Hamas", "an attack by the RSF", "were killed by Hamas"?
    The agent is who struck as surely as "a Russian strike" is (English puts the attacker
    after "by" as often as before the attack noun)."""
    k = ma - 1
    if ctx.w(k) == "the":
        k -= 1
    if ctx.w(k) != "by":
        return False
    k -= 1
    if ctx.w(k) == "out":  # "carried out by"
        k -= 1
    if ctx.w(k) in _HARM_PARTICIPLES:
        return True
    if ctx.w(k) in _AGENT_PARTICIPLES:
        k -= 1
    return (ctx.w(k) in L.ATTACK_NOUNS or ctx.w(k) in _FIRE_NOUNS) and ctx.w(k) not in _FORCE_NOUNS


def harm_agent(ctx: SentenceContext, gaz: Gazetteer, link: Link, exclude: set[int]) -> str | None:
    """The side named as the agent of an attack or of the harm, in the count's clause:
    "1,200 people were killed in the attack led by Hamas", "eight were killed by Hamas",
    "an attack by the RSF killed 30". English puts the attacker after "by" as often as
    before the attack noun ("a Russian strike")."""
    for m in [*ctx.sides, *ctx.actors]:
        ma, mb = ctx.tok_index_of_mention(m)
        side = m.ref if m in ctx.sides else gaz.actors[m.ref].side
        if ma in exclude or side == THIRD_PARTY or is_place_name(ctx, ma, mb):
            continue
        if ctx.w(mb) == "-" and ctx.w(mb + 1) in _SUPPLY:
            continue  # "a strike by US-made HIMARS": the maker is not the agent
        if _agent_of_attack(ctx, ma) and _near_count(ctx, link, ma):
            return side
    return None


def _near_count(ctx: SentenceContext, link: Link, ma: int) -> bool:
    """Is the agent at token ma in the count's clause: after the count within a dozen
    tokens of its verb, or before it with no clause boundary between?"""
    q = link.qty
    if ma > q.tok_start:
        return ma - max(q.tok_end, link.cue_end) <= 12 and not any(
            ctx.w(k) in (";", ":", "—", "–") for k in range(q.tok_end, ma))
    return clause_start(ctx, q.tok_start) <= ma and not any(ctx.w(k) == "," for k in range(ma, q.tok_start))


# Verbs of defence: the attack they take as object failed, and its side lost the fighters
# counted after it ("repelled an RSF attack ..., killing more than 200 militia fighters").
_REPEL_VERBS = {"repelled", "repulsed", "thwarted", "foiled", "repelling", "repulsing", "thwarting", "foiling",
                "beat", "beating", "fought", "fighting", "fended", "fending", "halted", "stopped", "crushed"}


def _repelled(ctx: SentenceContext, ma: int) -> bool:
    """Is the attack whose side's name starts at token ma the object of a verb of defence?"""
    k = ma - 1
    while ctx.w(k) in ("a", "an", "the", "another", "new", "major", "large", "fresh", "off", "back"):
        k -= 1
    return ctx.w(k) in _REPEL_VERBS


def repelled_side(ctx: SentenceContext, gaz: Gazetteer, exclude: set[int]) -> str | None:
    """The side whose attack the sentence says was repelled, when it names one."""
    for m in [*ctx.sides, *ctx.actors]:
        ma, mb = ctx.tok_index_of_mention(m)
        if ma in exclude:
            continue
        side = m.ref if m in ctx.sides else gaz.actors[m.ref].side
        if side != THIRD_PARTY and attack_after(ctx, mb) is not None and _repelled(ctx, ma):
            return side
    return None


def accused(ctx: SentenceContext, tok: int) -> bool:
    """Is the name at token `tok` the object of an accusation ("accused the RSF of killing",
    "blamed India for the deaths")? The accused did the killing; the dead are not its people."""
    k = tok - 1
    while ctx.w(k) in ("the", "a", "an"):
        k -= 1
    return ctx.w(k) in ACCUSING


# Nouns for the men a side sent, after its name: "Hamas gunmen", "Hamas-led militants"
_FORCE_AFTER = _FORCE_NOUNS | {"fighters", "terrorists", "commandos", "attackers", "raiders", "jets", "warplanes",
                               "drones", "missiles", "shelling", "bombers"}


def subject_agent(ctx: SentenceContext, gaz: Gazetteer, link: Link, exclude: set[int]) -> str | None:
    """The side that is the subject of the active verb the count is the object of: "Hamas
    killed 1,200 people", "Hamas seized 251 hostages", "Hamas-led gunmen ... took 251
    hostages", "militants from Hamas killed". Only a name right before the verb (an
    auxiliary or a force noun between), not a place ("in Gaza") and not a claimant's
    speech ("Israel said ..." is the speaker: the verb's subject is then after it)."""
    if link.how != "left" or ctx.w(link.cue_start) not in ACT_VERBS:
        return None
    k = link.cue_start - 1
    while ctx.w(k) in AUX:
        k -= 1
    if ctx.w(k) == "," and ctx.w(link.cue_start).endswith("ing"):
        return _participle_subject(ctx, gaz, k, exclude)
    # "incidents by Indian forces that killed three civilians": the relative pronoun's
    # antecedent is the subject, whatever preposition it follows
    relative = ctx.w(k) in ("that", "which", "who") and ctx.w(k - 1) in _FORCE_AFTER
    if relative:
        k -= 1
    if ctx.w(k) in _FORCE_AFTER:
        k -= 1
        if ctx.w(k) == "led" and ctx.w(k - 1) == "-":
            k -= 2
    for tok, side, form in mention_sides(ctx, gaz, max(0, k - 4), k + 1, exclude):
        if form == "place" or side == THIRD_PARTY or mention_end(ctx, gaz, tok) != k + 1:
            continue
        if locative(ctx, tok, LOCATIVE | {"into", "to", "against", "from", "of"} | (set() if relative else {"by"})):
            continue
        return side
    return None


def _participle_subject(ctx: SentenceContext, gaz: Gazetteer, comma: int, exclude: set[int]) -> str | None:
    """ "Hamas-led militants stormed ... into Israel, killing 1,200", "RSF fighters overran
    the town, killing 200": a participle after a comma has the subject of the clause
    before it; only a side's name followed by a force noun ("Hamas-led militants", "RSF
    fighters") or by the verb itself, and not where something happened ("from Gaza")."""
    start = clause_start(ctx, comma)
    for m in range(comma - 1, start - 1, -1):
        if ctx.w(m) in (",", "said", "says", "according"):
            start = m + 1
            break
    for tok, side, form in mention_sides(ctx, gaz, start, comma, exclude):
        if side == THIRD_PARTY or locative(ctx, tok, LOCATIVE | {"into", "to", "against", "by", "from", "of", "on"}):
            continue
        e = mention_end(ctx, gaz, tok)
        if ctx.w(e) == "-" and ctx.w(e + 1) in ("led", "backed"):
            if ctx.w(e + 1) == "backed":
                continue
            e += 2
        if ctx.w(e) in _FORCE_AFTER:
            return side
        if form != "place" and (ctx.w(e) in _ENTRY_VERBS or ctx.w(e) in _OVERRAN):
            return side
    return None


_OVERRAN = {"overran", "seized", "captured", "shelled", "bombed", "struck", "hit", "targeted", "besieged", "entered"}


# Attacks the news names by their date alone, and the side that carried them out: "the
# October 7 attack", "the attack on Oct. 7, 2023" are Hamas's raid on Israel.
_DATED_ATTACKS = {("october", "7"): "palestine", ("oct", "7"): "palestine"}
_DATED_NOUNS = {"attack", "attacks", "assault", "raid", "massacre", "incursion", "rampage", "onslaught", "attackers"}


def dated_attack(ctx: SentenceContext, link: Link) -> str | None:
    """The side of an attack named by its date in the count's clause, before the count:
    "the October 7 attack, which killed 1,200", "an attack on October 7, 2023, killing ..."."""
    lo = max(0, link.qty.tok_start - 16)
    for k in range(lo, link.qty.tok_start):
        w, nxt = ctx.w(k), ctx.w(k + 1)
        if nxt == ".":
            nxt = ctx.w(k + 2)
        key = (w, nxt) if (w, nxt) in _DATED_ATTACKS else ((nxt, w) if (nxt, w) in _DATED_ATTACKS else None)
        if key is None or "since" in {ctx.w(j) for j in range(max(0, k - 3), k)}:
            continue  # "since October 7" dates a period, not the attack
        near = {ctx.w(j) for j in range(max(0, k - 3), min(len(ctx.toks), k + 4))}
        if near & _DATED_NOUNS and not any(ctx.w(j) in (";", ":") for j in range(k, link.qty.tok_start)):
            return _DATED_ATTACKS[key]
    return None
