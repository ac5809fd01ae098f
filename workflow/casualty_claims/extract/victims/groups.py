"""Victim group: whether a count's people are military, civilian or mixed, from the
people phrase, the toll's modifiers, the kind of toll (a period's or a war's), the site
hit, and for counts without a noun the other claims of the sentence or the document."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.mentions import is_punct_word
from casualty_claims.extract.victims.words import ENEMY_VERBS, LOSS_VERBS

# Group words beyond the lexicon's military/civilian nouns. Prisoners in war news are
# prisoners of war; detainees and hostages are civilians (CONVENTIONS: POWs are military).
# South Asian English names its own army's soldiers so ("19 jawans", "two bravehearts"): a
# home press's word, so where they fell is their side (placed_soldiers does not revisit them)
HOME_SOLDIERS = {"jawans", "jawan", "bravehearts", "sepoys", "havildars", "naiks"}
MILITARY_EXTRA = HOME_SOLDIERS | {"servicepersons", "policemen", "policeman", "policewomen", "police", "guards", "gendarmes", "constables",
                  "prisoners", "prisoner", "pow", "pows", "comrades", "comrades-in-arms", "crew", "crewmen",
                   "servicemembers", "guardsmen", "legionnaires", "wagner", "sailor", "marine", "airman", "pilot",
                   "paratrooper", "conscript", "officer", "reservist", "recruit", "militiaman", "combatant",
                   "apostates", "crusaders", "takfiris", "orcs", "peacekeepers", "peacekeeper",
                   "khawarij", "khwarij", "khariji", "kharijis",  # Pakistan's word for the TTP's fighters
                   "elements"}  # "180 Houthi elements", "terrorist elements": an army's word for its enemy's fighters
_CIVILIAN_EXTRA = {"detainees", "inmates", "tourists", "displaced", "aid", "humanitarian", "shelter",
                   "journalist", "boys", "girls", "elderly", "relatives", "neighbours", "neighbors", "family",
                   # trades and callings news names civilians by ("seven farmers", "12 protesters")
                   "farmers", "fishermen", "shepherds", "herders", "protesters", "protestors", "demonstrators",
                   "mourners", "teenagers", "teens", "schoolchildren", "schoolgirls", "schoolboys", "miners",
                   "labourers", "laborers", "worshipers", "commuters", "spectators", "pensioners", "retirees",
                   "vendors", "traders", "shopkeepers", "merchants", "clerics", "priests", "imams", "nuns",
                   "orphans", "guests", "youngsters"}
# (not kin words, "his sons", "their wives": a relation, not whether the person fought)
# "personnel" alone are a force's, but health, medical, aid or UN personnel are civilians
# (CONVENTIONS: aid/health/UN workers and medics are civilian)
_SERVICE_HEADS = {"personnel", "staff", "workers", "officers", "employees", "teams", "crews"}
_CIVIL_SERVICES = {"health", "medical", "healthcare", "hospital", "ambulance", "paramedical", "aid", "humanitarian",
                   "relief", "un", "u.n.", "unrwa", "rescue", "civil", "media", "press", "emergency"}
# Heads that say "people" without saying which: decided by the document or the toll's kind.
_PEOPLE_HEADS = {"people", "persons", "person", "individuals"}
# A toll over a period or a whole war counts fighters and civilians together.
_GENERAL_TOLL = {"since", "war", "wars", "conflict", "overall", "annual", "cumulative", "total",
                 "revolution", "throughout", "began", "beginning", "invasion"}


_KIN = {"family", "families", "household", "households", "clan"}


def _words_group(words: list[str], persons: set[str], head: bool = True) -> tuple[str | None, str]:
    """(group, kind) named by the words: kind "firm", "men", "people" or "" when nothing."""
    ws = set(words)
    if ws & _SERVICE_HEADS and ws & _CIVIL_SERVICES and not ws & {"military", "army", "security", "armed"}:
        return "civilian", "firm"  # "280 health personnel", "medical personnel", "UN personnel"
    # "13 American service members", "service personnel": a force's, two words
    mil = bool(ws & (L.MILITARY_NOUNS | MILITARY_EXTRA)) or _service_members(words)
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


def _service_members(words: list[str]) -> bool:
    return any(w == "service" and nxt in ("members", "member", "personnel", "people")
               for w, nxt in zip(words, words[1:]))


_TOLL_HEADS = {"toll", "tolls", "deaths", "casualties", "losses", "fatalities", "figure", "figures", "count", "tally"}


def _nearest_toll(ctx: SentenceContext, start: int) -> int | None:
    """The nearest toll noun within eight tokens before token `start`, in its clause."""
    for m in range(start - 1, max(-1, start - 9), -1):
        w = ctx.w(m)
        if w in (".", ";", ":"):
            return None
        if w in _TOLL_HEADS:
            return m
    return None


def _toll_modifier(ctx: SentenceContext, start: int) -> list[str]:
    """The words in front of the nearest toll noun before token `start`: "put the civilian
    toll at 31 dead" -> ["the", "civilian"] (a group said once for the whole toll)."""
    m = _nearest_toll(ctx, start)
    if m is None:
        return []
    return [ctx.w(x).removesuffix("'s").rstrip("'") for x in range(max(0, m - 3), m)]


def _toll_among(ctx: SentenceContext, start: int) -> list[str]:
    """The people after the nearest toll noun before token `start` when it says "among" them:
    "the death toll among Lebanese civilians rose to 40" -> ["lebanese", "civilians"]."""
    m = _nearest_toll(ctx, start)
    if m is None or ctx.w(m + 1) != "among":
        return []
    words = []
    for x in range(m + 2, min(start, m + 6)):
        if is_punct_word(ctx.w(x)) or ctx.w(x) in L.NP_STOP:
            break
        words.append(ctx.w(x))
    return words


def own_group(ctx: SentenceContext, link: Link, persons: set[str]) -> tuple[str | None, str]:
    """Group from the count's own noun phrase, else from the toll's modifiers
    ("civilian death toll", "personnel losses", "prisoners' deaths")."""
    words = [ctx.w(k) for k in range(link.np_start, link.np_end)]
    if link.how == "right":
        # nouns up to the verb, not past a comma or a coordinated count: "40 Ukrainian
        # prisoners of war were killed", but "11 soldiers, 40 civilians martyred"
        for k in range(link.np_end, link.cue_start):
            w = ctx.w(k)
            if is_punct_word(w) or w[0].isdigit() or w in L.NP_STOP or w in L.CHAIN:
                break
            words.append(w)
    words += _coordinated_group(ctx, link)
    if words and words[-1] == "of":
        # "1,959 members of the Iraqi security forces": the noun the partitive names
        words += [ctx.w(k) for k in range(link.np_end, min(len(ctx.toks), link.np_end + 5))
                  if not is_punct_word(ctx.w(k))][:5]
    if link.how == "toll" and ctx.w(link.cue_start) in _NUMBER_HEADS and ctx.w(link.cue_end) == "of":
        # "put the number of IS fighters killed in Mosul at 16,000": the people after "of"
        for k in range(link.cue_end + 1, min(len(ctx.toks), link.cue_end + 6)):
            w = ctx.w(k)
            if is_punct_word(w) or w in L.KILLED_AFTER or w in L.WOUNDED_AFTER or w in ("at", "to", "who", "that"):
                break
            words.append(w)
    if ctx.w(link.np_end) in ("from", "of") and {ctx.w(k) for k in range(link.np_end + 1, link.np_end + 5)} & _KIN:
        words.append("family")  # "15 from the same family", "nine people of one family": a household hit at home
    if words in (["them"], ["whom"]):
        # "26 people, 25 of them tourists": the noun after "of them"
        words = [ctx.w(k) for k in range(link.np_end, min(len(ctx.toks), link.np_end + 3))
                 if not is_punct_word(ctx.w(k))]
    if "armed" in words and set(words) & {"youths", "men", "civilians", "residents", "villagers", "locals"}:
        return "military", "firm"  # "armed youths loyal to the TPLF", "armed men"
    group, kind = _words_group(words, persons)
    if kind == "firm":
        return group, kind
    if kind == "people":
        made_of = composition(ctx, link.np_end)
        comp, ckind = _words_group(made_of, persons)
        if ckind == "firm":
            return ("mixed", "mostly") if _mostly(made_of) else (comp, ckind)
    if not [w for w in words if w not in L.CHAIN]:
        # "the death toll among Lebanese civilians rose to 40", "the toll among Palestinians"
        among, akind = _words_group(_toll_among(ctx, link.qty.tok_start), persons)
        if akind == "firm":
            return among, akind
    pre: list[str] = []
    if link.how in ("toll", "of", "from") or not words:
        pre = [ctx.w(k).removesuffix("'s").rstrip("'") for k in range(max(0, link.cue_start - 3), link.cue_end)]
        pre = [w for w in pre if w not in ("dead", "killed", "wounded", "injured")]
    pre += _toll_modifier(ctx, link.qty.tok_start)
    pgroup, pkind = _words_group(pre, persons, head=False)
    if pkind == "firm" or (pkind and not kind):
        return pgroup, pkind
    return group, kind or "bare"


# group words that after "and" are verbs or modifiers, not a second people noun ("killed
# thousands of people and displaced millions", "soldiers and military equipment")
_NOT_COORDINATED = {"displaced", "aid", "humanitarian", "shelter", "military", "army", "forces", "enemy", "family",
                    "elderly", "crew", "wagner", "police", "personnel", "infantry", "militia", "staff"}


def _coordinated_group(ctx: SentenceContext, link: Link) -> list[str]:
    """A second group noun coordinated into the same count: "12 soldiers and civilians were
    killed", "killing 30 fighters and civilians" (one figure for both groups: mixed). Not a
    second count ("12 soldiers and 5 civilians") nor a second verb ("and wounded 5")."""
    k = link.np_end
    if link.how == "right" and ctx.w(k) in ("were", "was", "have", "has", "had"):
        return []
    if ctx.w(k) not in ("and", "or", "&"):
        return []
    nxt = [ctx.w(j) for j in range(k + 1, min(len(ctx.toks), k + 3))]
    for w in nxt:
        if w in ("other", "many", "several", "some"):
            continue
        if w in (L.MILITARY_NOUNS | MILITARY_EXTRA | L.CIVILIAN_NOUNS | _CIVILIAN_EXTRA) - _NOT_COORDINATED:
            return [w]
        return []
    return []


_NUMBER_HEADS = {"number", "numbers", "count", "tally", "toll", "total", "figure"}
_MOST = {"most", "mostly", "mainly", "all", "majority", "overwhelmingly", "largely", "predominantly", "nearly"}


def composition(ctx: SentenceContext, k: int) -> list[str]:
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


# the group nouns that, said of "most" of a toll, tell that the rest were of the other group
_EITHER_GROUP = {"civilians", "civilian", "non-combatants", "noncombatants", "combatants", "fighters", "militants",
                 "soldiers", "troops", "servicemen", "members"}


def _mostly(made_of: list[str]) -> bool:
    """ "1,200 people, most of them civilians", "600 people, mostly Hezbollah fighters": a
    toll said to be mostly civilians or mostly fighters counts both (a part of it was not);
    "26 people, most of them tourists" or "mostly women and children" names who the people
    were, not a share of combatants."""
    return bool(made_of) and made_of[0] in _MOST - {"all"} and bool(set(made_of) & _EITHER_GROUP)


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
    if low & _CIVILIAN_SITES or _camp(ctx):
        return "civilian"
    return None


_PART_OPENERS = {"including", "among"}
_BREAKDOWN_REACH = 8
# the parts that tell an incident's "people" were the families an attack hit where they lived
_FAMILY_PARTS = {"children", "child", "women", "woman", "girls", "girl", "boys", "babies", "baby", "infants", "infant",
                 "minors", "kids", "toddlers", "newborns"}


def civilian_breakdown(ctx: SentenceContext, link: Link) -> bool:
    """ "killing 18 people, including nine children", "seven people were killed, including
    two children", "15 people, among them women and children": an incident's toll of people
    whose only part told is children or women (not "including 436 civilians and 435
    members of the security forces": a breakdown of both)."""
    if link.qty.value >= 1000:
        return False
    start = max(link.qty.tok_end, link.np_end)
    for k in range(start, min(len(ctx.toks), start + 12)):
        w = ctx.w(k)
        if w in (";", ".", ":"):
            return False
        if w in _PART_OPENERS and (w != "among" or ctx.w(k + 1) in ("them", "whom")):
            part = [ctx.w(j) for j in range(k + 1, min(len(ctx.toks), k + 1 + _BREAKDOWN_REACH))]
            part = part[:next((i for i, x in enumerate(part) if x in (",", ";", ".")), len(part))]
            nouns = {x for x in part if x in L.MILITARY_NOUNS | MILITARY_EXTRA | L.CIVILIAN_NOUNS | _CIVILIAN_EXTRA
                     | {"men", "man"}}
            return bool(nouns) and nouns <= _FAMILY_PARTS
    return False


# Where the wounded are treated and the dead are counted, as much as where an attack hit
_CARE_SITES = {"hospital", "hospitals"}


def struck_site(ctx: SentenceContext) -> bool:
    """Does the sentence name a civilian site other than a hospital ("an air strike on a school
    sheltering displaced people")? A hospital is where the dead were brought as often as
    where they were hit ("died at the Army's hospital", "received 100 bodies")."""
    return bool(set(ctx.low) & (_CIVILIAN_SITES - _CARE_SITES)) or _camp(ctx)


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
    named = set(window) & (L.MILITARY_NOUNS | L.CIVILIAN_NOUNS | MILITARY_EXTRA | {"men"})
    loss = set(window) & (LOSS_VERBS | _LOSS_NOUNS | ENEMY_VERBS | L.CASUALTIES_AFTER)
    if named or loss:
        return False
    return any(w in _PERIOD_WORDS and not (w in ("war", "conflict") and window[i - 1:i] in (["a"], ["of"]))
               for i, w in enumerate(window)) or any(
        w in _PERIOD_NOUNS and any(window[j] in ("during", "over", "throughout", "across")
                                   for j in range(max(0, i - 3), i))
        for i, w in enumerate(window))


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


# A camp in war news is mostly one for the displaced ("an RSF attack on the camp", "Zamzam
# camp"), unless a word before it makes it an armed force's ("a militant training camp",
# "army camp") or it is a base's proper name ("Camp Speicher")
_CAMP_OF_FORCES = {"military", "army", "training", "militant", "militants", "terrorist", "terror", "base", "prison",
                   "detention", "boot", "insurgent", "rebel", "jihadist", "police", "troops"}


def _camp(ctx: SentenceContext) -> bool:
    for k, w in enumerate(ctx.low):
        if w not in ("camp", "camps"):
            continue
        if ctx.toks[k].text[:1].isupper() and ctx.w(k + 1)[:1].isalpha() and ctx.toks[k + 1].text[:1].isupper():
            continue  # "Camp Speicher"
        if not {ctx.w(j) for j in range(max(0, k - 2), k)} & _CAMP_OF_FORCES:
            return True
    return False


_LEAD_SENTENCES = 3  # the title and the lead


def site_group(sentences: list[SentenceContext]) -> str | None:
    """Group suggested by the site the opening sentences (title and lead) name."""
    words = {w for ctx in sentences[:_LEAD_SENTENCES] for w in ctx.low}
    civ = bool(words & _CIVILIAN_SITES) or any(_camp(ctx) for ctx in sentences[:_LEAD_SENTENCES])
    mil = bool(words & _MILITARY_SITES)
    if civ and not mil:
        return "civilian"
    if mil and not civ:
        return "military"
    return None


def _revised(items: list[dict], out: list[str], i: int) -> str | None:
    """The group of the claim a bare count updates or repeats: the last claim of the same
    victim side, told by the same side, in this sentence or the two before whose people
    were named by their own noun ("the toll had risen to 19" after "18 civilians were
    killed", "raised those figures to 31 killed")
    -- not the document's usual group, which may count another side's soldiers."""
    it = items[i]
    if it["kind"] != "bare" or it.get("period") or not it.get("side") or it["side"] == "unknown":
        return None
    for j in range(i - 1, -1, -1):
        o = items[j]
        if o["si"] < it["si"] - 2:
            break
        if o.get("side") == it["side"] and o.get("by") == it.get("by") and o["kind"] == "firm" \
                and out[j] in ("civilian", "military", "mixed") and o.get("how") != "subset":
            return out[j]
    return None


def resolve_groups(items: list[dict], site: str | None = None) -> list[str]:
    """Groups for one document's claims, in reading order.

    Each item has si (sentence index), group and kind (from own_group), people (the
    people_group of its sentence) and how (the link's rule). A count without its own noun
    ("46 dead", "300 wounded", "the toll rose to 68") takes the group of the other claims
    of its sentence, else the document's usual group (a live blog about one strike on
    flats speaks of civilians, a statement about a barracks of soldiers), else the site the
    lead names (site_group). "people" is read by people_group, else by the site, else is
    civilian for one strike from afar (a missile, a drone, shelling) that no health
    ministry counts in its sentence (news counts the people a strike on a town hit), else
    mixed (a people's toll); "men" counts as fighters at the end."""
    firm = [it for it in items if it["kind"] == "firm"]
    counts: dict[str, int] = {}
    for it in firm:
        if it.get("how") != "subset":  # "including five children" does not make a toll civilian
            counts[it["group"]] = counts.get(it["group"], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    doc_default = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    out: list[str] = []
    counted_by_health = {it["si"] for it in items if it.get("health")}

    def siblings_firm(it: dict) -> bool:
        # a breakdown ("including 21 children and 39 women") does not make the toll civilian
        return any(o["si"] == it["si"] and o.get("how") not in ("subset", "coord") for o in firm)

    for it in items:
        if it["kind"] in ("firm", "mostly"):
            # (a toll "mostly civilians" is its own mixed count, not the document's usual group:
            # a background line about 7 October says nothing of the strike the story is about)
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
            # the document's other nouns do not tell what a toll of "people" is made of; an army
            # or a base the lead names tells it only for the lead's own counts ("a strike on an
            # army training camp killed 20 people"), not for a later "293 people martyred this year"
            lead = it["si"] < _LEAD_SENTENCES
            # (a health ministry's "people, including 50 children" stays its mixed count)
            out.append(it["people"] or ("civilian" if it.get("breakdown") and not it.get("health") else None)
                       or (site if site == "civilian" or lead else None)
                       or ("civilian" if it.get("strike") and it["si"] not in counted_by_health
                           and not any(o["si"] == it["si"] and o["group"] in ("military", "mixed") for o in firm)
                           else None) or "mixed")
            continue
        siblings = [o["group"] for o in firm if o["si"] == it["si"]]
        earlier = _revised(items, out, len(out))
        if siblings and len(set(siblings)) == 1 and it["kind"] != "people":
            out.append(siblings[0])
        elif earlier:
            out.append(earlier)
        elif it["people"] == "civilian" and it["kind"] == "bare" and it.get("struck_site"):
            # "air strike on school sheltering displaced people killed more than 50": the civilian
            # site the sentence names, before the document's usual group
            out.append("civilian")
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


_STRIKE_WORDS = {"strike", "strikes", "airstrike", "airstrikes", "missile", "missiles", "shelling", "shelled", "shells",
                 "drone", "drones", "bombing", "bombed", "bomb", "rocket", "rockets", "barrage", "bombardment"}


def struck_by_weapon(ctx: SentenceContext, link: Link) -> bool:
    """Does the sentence tell of one strike by a weapon from afar (a missile, a drone, shelling)
    on a place, for a count under a thousand?"""
    return link.qty.value < 1000 and bool(set(ctx.low) & _STRIKE_WORDS)
