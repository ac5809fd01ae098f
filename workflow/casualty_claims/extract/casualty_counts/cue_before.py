"""The left and of rules: VERB COUNT [people] ("killing 89 Russian conscripts", "lost 300
troops") and NOUN of COUNT ("the killing of 89 Russian soldiers"), and counts in apposition to
named victims."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.asides import BREAKDOWN_OPENERS
from casualty_claims.extract.casualty_counts.cues import TYPE_OF_VERB_BEFORE, cue_at, harm_told
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.own_losses import loser_is_speaker
from casualty_claims.extract.casualty_counts.phrases import counts_things, head_word, people_after_count
from casualty_claims.extract.casualty_counts.tokens import (
    HOSTAGE_HEADS, is_person_head, is_punct, negated, unknown_after, word_at,
)
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


_BASE_FORMS = {"kill", "wound", "injure", "capture", "take", "lose", "eliminate", "destroy", "liquidate",
               "leave", "cause", "claim", "cost", "see", "die", "result", "mean", "bring", "face",
               "suffer", "neutralise", "neutralize", "hurt", "maim", "abduct", "kidnap", "seize"}
_REQUIRES_PERSON = (L.LOST_BEFORE | {"destroying", "destroyed", "eliminating", "eliminated", "eliminate",
                    "liquidating", "liquidated", "liquidate", "neutralising", "neutralizing", "neutralised",
                    "neutralized", "annihilated", "annihilating"} | L.CAPTURED_BEFORE)


def cue_before_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    qs = ctx.tok_at_char(q.qual_start)
    b = qs - 1
    if ctx.w(b) == "another" or (ctx.w(b) in ("further", "additional") and ctx.w(b - 1) in ("a", "an")):
        b -= 1 if ctx.w(b) == "another" else 2  # "injuring another 25 people", "wounded a further 12": the verb before
    v = ctx.w(b)
    a, e = people_after_count(ctx, q)
    head = head_word(ctx, a, e)
    if counts_things(ctx, a, e):
        return None
    if v in ("their", "his", "her") and ctx.w(b - 1) == "with" and is_person_head(head, persons):
        verb = _passive_cue_before_with(ctx, b - 1)
        return None if verb is None else Link(q, verb[0], verb[1], verb[1] + 1, a, e, "left")
    if v == "of" and ctx.w(b - 1) == ",":
        # an aside between the noun and its "of": "the unlawful killing, including summary
        # executions, of at least 73 civilians"
        opening = next((x for x in range(b - 2, max(-1, b - 10), -1) if ctx.w(x) == ","), None)
        if opening is not None and ctx.w(opening - 1) in L.NOUN_OF and ctx.w(opening + 1) in BREAKDOWN_OPENERS | {
                "such", "notably", "especially", "particularly", "mostly", "mainly", "in", "by"}:
            b = opening
    if v == "of" and ctx.w(b - 1) in L.NOUN_OF:
        noun = ctx.w(b - 1)
        ctype = L.NOUN_OF[noun]
        lead = [word_at(ctx, x) for x in range(max(0, b - 6), b - 1)]
        for x, w in enumerate(lead):
            if w in L.MODALS_HYPOTHETICAL and "have" not in lead[x + 1:] and not any(is_punct(y) for y in lead[x + 1:]):
                return None  # "could cost the lives of thousands", "would mean the deaths of hundreds"
        if head == "lives":
            ctype = "killed"
        joined = L.NOUN_OF.get(ctx.w(b - 3)) if ctx.w(b - 2) in ("and", "or", "&") else None
        if {joined, ctype} == {"killed", "wounded"}:
            # "the death and injury of 12 soldiers", "Martyrdom and injury of seven citizens": both at once
            return Link(q, "casualties", b - 3, b, a, e, "of")
        if noun in ("loss", "losses", "remains", "capture") and not is_person_head(head, persons) \
                and not (noun == "remains" and _bodies_verb_after(ctx, a) and (a == e or ctx.w(a) in L.BODIES_VERBS)):
            return None  # but "Remains of 139 exhumed", "the remains of 40 were recovered": the dead
        return Link(q, ctype, b - 1, b, a, e, "of")
    if v == "of" and ctx.w(b - 1) in ("fate", "fates", "whereabouts") and unknown_after(ctx, a):
        return Link(q, "missing", b - 1, b, a, e, "of")  # "the fate of 150 persons remains unknown"
    if (ctx.w(b - 1), v) in (("shot", "dead"), ("gunned", "down"), ("mowed", "down")) and ctx.w(b - 2) not in ("be", "to"):
        return Link(q, "killed", b - 1, b + 1, a, e, "left")  # "had shot dead three hostages", "gunned down 12"
    if v in L.LIVES_BEFORE and ctx.w(q.tok_end) == "lives":
        return Link(q, "killed", b, b + 1, a, e, "left")
    cost = _cost_before_object(ctx, b)
    if cost is not None and (ctx.w(q.tok_end) == "lives" or is_person_head(head, persons)):
        # "the assault cost Ukraine 1,610 troops", "the war has cost Russia 300,000 lives"
        return Link(q, "killed" if ctx.w(q.tok_end) == "lives" else "casualties", cost, cost + 1, a, e, "left")
    if v in L.BODIES_VERBS and "bodies" in ctx.low[a:e]:
        return Link(q, "killed", b, b + 1, a, e, "left")  # "recovered 412 bodies"
    if v in _NAMING_VERBS and (head in ("victims", "dead") or ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) in (
            "the", "those") and ctx.w(q.tok_end + 2) in ("victims", "dead")) and ctx.w(b - 1) not in L.MODALS_HYPOTHETICAL:
        return Link(q, "killed", b, b + 1, a, e, "left")  # "We identified 305 victims by name", "name 641 of the victims"
    if v in ("buried", "bury", "burying", "buries") and ctx.w(b - 1) in ("we", "they", "i", "families", "relatives") \
            and (a == e or is_person_head(head, persons)):
        return Link(q, "killed", b, b + 1, a, e, "left")  # "We buried seven." (not "the blast buried 12 miners")
    if v in L.WOUNDED_BEFORE and ctx.w(b - 1) in ("or", "and") and ctx.w(b - 2) in L.KILLED_BEFORE:
        if any(w in ("would", "will", "could") for w in (ctx.w(b - 3), ctx.w(b - 4))):
            return None
        return Link(q, "casualties", b - 2, b + 1, a, e, "left")  # "killed or wounded 160"
    if v == "and" and any(is_person_head(ctx.w(x), persons) for x in range(a, e)):
        named = _verb_before_names(ctx, b - 1)
        if named is not None:
            return Link(q, TYPE_OF_VERB_BEFORE[ctx.w(named)], named, named + 1, a, e, "left")
    if v == "with" and ctx.w(b - 1) in ("along", "together") and any(is_person_head(ctx.w(x), persons) for x in range(a, e)):
        verb = _verb_before_companion(ctx, b - 1)
        if verb is not None:
            return Link(q, TYPE_OF_VERB_BEFORE[ctx.w(verb)], verb, verb + 1, a, e, "left")
    if v in ("for", "of") and ctx.w(b - 1) in _FUNERALS and (
            any(is_person_head(ctx.w(x), persons) for x in range(a, e)) or ctx.w(q.tok_end) == "of"):
        return Link(q, "killed", b - 1, b, a, e, "of")  # "Funerals for 10 of the children were held"
    if _sought_by_rescuers(ctx, b) and any(is_person_head(ctx.w(x), persons) for x in range(a, e)) \
            and not any(ctx.w(x) in _HELPERS for x in range(a, e)):
        return Link(q, "missing", b, b + 1, a, e, "left")  # "Rescuers are still looking for two people"
    if v in ("treated", "treating", "treat", "treats") and is_person_head(head, persons) and ctx.w(e) == "for" \
            and any(ctx.w(x) in L.INJURY_NOUNS for x in range(e + 1, e + 4)) and ctx.w(b - 1) not in L.MODALS_HYPOTHETICAL:
        return Link(q, "wounded", b, b + 1, a, e, "left")  # "Doctors treated 250 people for injuries"
    if v in ("treated", "treating") and is_person_head(head, persons) and ctx.w(b - 1) not in L.MODALS_HYPOTHETICAL \
            and ctx.w(e) != "for" and harm_told(ctx) and not set(ctx.low) & L.ILLNESS_WORDS:
        # "paramedics said they treated 180 people overnight, including two in critical condition",
        # "MSF teams treated 120 patients after the shelling": an attack's wounded, no injury word needed
        return Link(q, "wounded", b, b + 1, a, e, "left")
    if v == "to" and ctx.w(b - 1) in ("injury", "injuries", "wounds") and ctx.w(b - 2) in _CAUSE_VERBS \
            and (a == e or is_person_head(head, persons)):
        return Link(q, "wounded", b - 2, b, a, e, "left")  # "caused injury to five others", "inflicting wounds on"
    if v in ("claimed", "claiming", "claims") and is_person_head(head, persons) and _event_subject(ctx, b):
        return Link(q, "killed", b, b + 1, a, e, "left")  # "the bombing has claimed more than 73 people"
    if v not in TYPE_OF_VERB_BEFORE:
        return None
    ctype = TYPE_OF_VERB_BEFORE[v]
    if v in ("took", "taking", "taken", "take", "dragged", "dragging"):
        if not (head in HOSTAGE_HEADS or ctx.w(e) in ("hostage", "prisoner", "captive") or _as_captives(ctx, e)):
            return None
    elif v in _REQUIRES_PERSON and not (is_person_head(head, persons) or ctx.w(q.tok_end) == "of"
                                        or _people_of_verb_before(ctx, q, a, e, b, persons)
                                        or _people_of_next_count(ctx, q, a, e, persons)):
        return None
    if ctx.toks[q.tok_start].low == "one" and not is_person_head(head, persons) and not (
            a == e and v in _HEADLINE_VERBS and (q.tok_end >= len(ctx.toks) or ctx.w(q.tok_end) in (",", ";", "."))):
        return None  # but a headline's "strike on car near Tyre kills one, ministry says" counts one
    # negated or hypothetical verb: "did not kill", "could kill", "threatened to kill"
    before = [word_at(ctx, m) for m in range(max(0, b - 3), b)]
    if negated(before[-2:]):
        return None
    if v in _BASE_FORMS or v == "kills":
        if before and (before[-1] in L.MODALS_HYPOTHETICAL or before[-1] == "to" or
                       (len(before) > 1 and before[-2] in L.MODALS_HYPOTHETICAL and before[-1] in ("not", "also"))):
            return None
    if any(w in ("risk", "risks", "risked", "risking", "threatening", "threatened", "threatens", "would")
           for w in before):
        return None  # "would have killed thousands" is counterfactual
    if before[-2:] == ["could", "have"]:
        return None  # "the strike could have killed hundreds": counterfactual too ("may have killed" is a hedge)
    if v == "wounded" and (ctx.w(b - 1) in ("the", "of") or (ctx.w(b - 1) == "and" and ctx.w(b - 2) in ("dead", "the"))):
        return None  # "the dead and wounded 400": a noun phrase; "killed 12, and wounded 30" is a verb
    if v in L.LOST_BEFORE and (head in _BEREAVED or ctx.w(e) in _BEREAVED):
        return None  # "130 children lost one parent": the bereaved, not a toll
    if v == "lost" and is_person_head(head, persons) and _attack_before(ctx, b) \
            and ctx.w(b - 1) not in ("has", "have", "had", "'s", "'ve"):
        ctype = "killed"  # "... attacked the base at dawn, and we lost 18 of our soldiers"
    if v in ("lost", "lose", "loses") and _in_one_engagement(ctx, e) and is_person_head(head, persons) \
            and ctx.w(b - 1) not in ("has", "have", "had", "'s", "'ve"):
        ctype = "killed"  # "India lost 20 soldiers in the clash": men lost in one fight were killed
    if v in ("lost", "lose", "loses", "losing") and ctx.w(q.tok_end) == "of" \
            and ctx.w(q.tok_end + 1) in ("its", "our", "their", "his", "her", "my") and is_person_head(head, persons):
        ctype = "killed"  # "said it lost 655 of its fighters in Raqqa": a side's own men lost are its dead
    if v == "lost" and is_person_head(head, persons) and loser_is_speaker(ctx, b):
        ctype = "killed"  # "Armenia said it lost 207 servicemen": an admission counts the dead, not "the enemy has lost"
    if ctype == "killed" and v in ("destroying", "destroyed") and not is_person_head(head, persons):
        return None
    return Link(q, ctype, b, b + 1, a, e, "left")


# Present-tense verbs of headlines whose bare "one" ends the clause: "... kills one, ministry says"
_HEADLINE_VERBS = {"kills", "killed", "wounds", "wounded", "injures", "injured"}


def _passive_cue_before_with(ctx: SentenceContext, w: int) -> tuple[str, int] | None:
    """(type, token) of a passive or intransitive casualty verb just before "with" at token w,
    whose subject dies or is hurt with its own people: "a couple were killed with their two young
    children", "the commander died along with his 3 bodyguards". Not a capture: "fled with their
    12 hostages" has no cue, "were taken with their 5 children" is left to the capture rules."""
    k = w - 1
    while k > w - 4 and ctx.w(k) in ("along", "together", "alongside", "also"):
        k -= 1
    cue = cue_at(ctx, k)
    if cue is None or cue[1] != k + 1 or cue[0] == "captured":
        return None
    if not (ctx.w(k - 1) in ("were", "was", "been", "being", "are", "is") or ctx.w(k) in ("died", "perished")):
        return None
    return cue[0], k


def _verb_before_name_run(ctx: SentenceContext, k: int, span: int) -> tuple[int, int] | None:
    """(verb token, number of names) for the casualty verb within `span` tokens before k whose
    object is the run of names ending at k, or None when anything but names (capitalised words)
    and joiners stands between. Taking and losing are left out: they need no named victim."""
    names = 0
    for t in range(k, max(-1, k - span), -1):
        w = ctx.w(t)
        if w in TYPE_OF_VERB_BEFORE and TYPE_OF_VERB_BEFORE[w] in ("killed", "captured", "wounded") and w not in L.LOST_BEFORE \
                and w not in ("took", "taking", "taken", "take", "arrested", "arresting"):
            return t, names  # not "arrested Omar Khan and Ali Raza, two suspects": police work, no toll
        if ctx.toks[t].text[:1].isupper() and ctx.toks[t].text[:1].isalpha():
            names += 1
        elif w not in _NAME_JOINERS:
            return None
    return None


def _verb_before_names(ctx: SentenceContext, k: int) -> int | None:
    """The casualty verb whose object is a run of names ending at token k: "had killed Aqil and
    about 16 commanders", "abducted John Doe and four aid workers" (a count joined to a named
    victim shares the verb)."""
    run = _verb_before_name_run(ctx, k, 8)
    if run is None:
        return None
    t, names = run
    if names < 1 or ctx.toks[t].text[:1].isupper() or ctx.w(t - 1) in L.MODALS_HYPOTHETICAL \
            or ctx.w(t - 1) in L.NEGATIONS or ctx.w(t - 1) == "to":
        return None  # not "could kill X and 16 others", "did not kill ..."
    return t


_SEARCH_VERBS = {"looking", "searching", "search", "searched", "hunting", "combing", "digging"}
_RESCUERS = {"rescuers", "rescue", "divers", "firefighters", "emergency", "search", "crews", "teams", "workers"}
_HELPERS = {"volunteers", "staff", "workers", "donors", "doctors", "nurses", "specialists", "rescuers"}


def _sought_by_rescuers(ctx: SentenceContext, b: int) -> bool:
    """Do rescuers search for the people counted after token b ("Rescuers are still looking for two
    people", "divers were searching for 14 fishermen")? Their fate is not known: missing. Not
    police hunting suspects, not a search that is only planned."""
    if ctx.w(b) != "for" or ctx.w(b - 1) not in _SEARCH_VERBS:
        return False
    before = [ctx.w(x) for x in range(max(0, b - 7), b - 1)]
    return bool(set(before) & _RESCUERS) and not set(before) & (L.MODALS_HYPOTHETICAL | L.NEGATIONS | {"to"})


_FUNERALS = {"funerals", "funeral", "burials", "burial"}


def _verb_before_companion(ctx: SentenceContext, along: int) -> int | None:
    """The casualty verb whose named object "along with N people" joins: "a strike that killed Fuad
    Shukr, Hezbollah's top military commander, along with five civilians". Between the verb and
    "along" only its object and an apposition: no clause break, speaker, other count or verb."""
    starts = {o.tok_start for o in ctx.quantities}
    for t in range(along - 1, max(-1, along - 16), -1):
        w = ctx.w(t)
        if w in TYPE_OF_VERB_BEFORE and TYPE_OF_VERB_BEFORE[w] in ("killed", "wounded", "captured") \
                and w not in L.LOST_BEFORE and w not in ("took", "taking", "taken", "take"):
            if t == along - 1 or ctx.w(t - 1) in L.MODALS_HYPOTHETICAL or ctx.w(t - 1) in L.NEGATIONS \
                    or ctx.w(t - 1) in ("to", "were", "was", "been", "be", "being", "is", "are"):
                return None  # "could kill X along with ...", "were killed along with": not an object
            return t
        if w in (".", ";", ":", "(", ")") or w in L.REPORTING_VERBS or w in L.CHAIN - {"in"} or t in starts \
                or w in ("who", "which", "that", "and", "but"):
            return None
    return None


def _people_of_verb_before(ctx: SentenceContext, q: Quantity, a: int, e: int, b: int, persons: set[str]) -> bool:
    """A bare count after a second verb takes the people of the first verb's count: "killed 5,600
    rebel fighters and captured 2,300 in a week", "killed 40 militants and arrested 15". The first
    count's people end just before "and"; the second count has no noun of its own."""
    if a != e or ctx.w(b - 1) != "and" or not is_person_head(ctx.w(b - 2), persons):
        return False
    return any(b - 7 <= o.tok_end <= b - 2 and o.tok_start < q.tok_start for o in ctx.quantities)


def _people_of_next_count(ctx: SentenceContext, q: Quantity, a: int, e: int, persons: set[str]) -> bool:
    """A bare count joined to the next count shares its people: "lost up to 215 and over 230
    soldiers", "lost 40 and 50 soldiers respectively"."""
    if a != e or ctx.w(q.tok_end) not in ("and", "or"):
        return False
    nxt = next((o for o in ctx.quantities if ctx.tok_at_char(o.qual_start) == q.tok_end + 1), None)
    if nxt is None:
        return False
    a2, e2 = people_after_count(ctx, nxt)
    return e2 > a2 and is_person_head(head_word(ctx, a2, e2), persons) and not counts_things(ctx, a2, e2)


_COST_OBJECTS = {"the", "them", "us", "him", "it", "its", "their", "both"}


def _cost_before_object(ctx: SentenceContext, b: int) -> int | None:
    """The "cost" whose first object ends at token b: a name or a pronoun of up to three words
    ("cost Ukraine", "cost the Russians", "cost them"). Not after a modal ("could cost Kyiv ...",
    refused by the filters too) nor "to cost"."""
    for k in range(b, max(-1, b - 3), -1):
        w = ctx.w(k)
        if w in ("cost", "costs", "costing"):
            if k == b or ctx.w(k - 1) in L.MODALS_HYPOTHETICAL or ctx.w(k - 1) == "to":
                return None
            return k
        if not (w in _COST_OBJECTS or (ctx.toks[k].text[:1].isupper() and w.isalpha())):
            return None
    return None


_DEADLY_EVENTS = {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "strike",
                  "strikes", "airstrike", "airstrikes", "shelling", "war", "conflict", "fighting", "violence", "clashes",
                  "raid", "raids", "massacre", "assault", "offensive", "siege", "bombardment", "crash", "fire"}


def _event_subject(ctx: SentenceContext, b: int) -> bool:
    """Is the subject of the "claimed" at token b a deadly event ("the bombing has claimed 73
    people", "the war has so far claimed 200 civilians")? Then "claimed" takes lives, not words:
    "Russia claimed 20 soldiers" (a claim of something said) is left alone."""
    perfect = ctx.w(b - 1) in ("has", "have", "had")
    for k in range(b - 1, max(-1, b - (25 if perfect else 6)), -1):
        w = ctx.w(k)
        verb = w in L.REPORTING_VERBS and not ctx.toks[k].text[:1].isupper()  # not "the Islamic State"
        if (is_punct(w) and not (perfect and w == ",")) or verb or w in ("that", "which", "who"):
            return False  # a perfect "has claimed" reads through asides to its subject: "A suicide
            # bombing ... near a hospital in Shomali, around 120 km southeast of Baghdad, has claimed"
        if w in _DEADLY_EVENTS:
            # across asides only the subject before them: not "Hamas, in a statement after the attack, has claimed"
            if "," in ctx.low[k:b] and "," in ctx.low[:k]:
                continue
            return True
    return False


_CAUSE_VERBS = {"caused", "causing", "cause", "causes", "inflicted", "inflicting"}
_CAPTIVE_WORDS = {"hostages", "hostage", "prisoners", "prisoner", "captives", "captive"}


def _as_captives(ctx: SentenceContext, e: int) -> bool:
    """Does "as hostages" close the clause of a count taken ("took 252 others back to Gaza as
    hostages")? Up to six tokens after the people phrase, no punctuation between."""
    for k in range(e, min(len(ctx.toks), e + 7)):
        if is_punct(ctx.w(k)):
            return False
        if ctx.w(k) == "as" and ctx.w(k + 1) in _CAPTIVE_WORDS or ctx.w(k) == "into" and ctx.w(k + 1) == "captivity":
            return True
    return False


_NAMING_VERBS = {"identified", "identify", "named", "name", "documented", "document", "listed", "recorded"}

# Singular only: "in clashes with", "in battles with" are a daily bulletin's period of fighting,
# whose losses are casualties ("Kyiv loses up to 620 soldiers in clashes with Russian forces").
_ENGAGEMENTS = {"clash", "attack", "ambush", "battle", "raid", "strike", "airstrike", "skirmish",
                "firefight", "assault", "explosion", "blast", "bombing", "crash", "sinking", "fighting",
                "engagement", "operation", "shelling", "offensive"}

_BEREAVED = {"parent", "parents", "mother", "mothers", "father", "fathers", "husband", "husbands", "wife",
             "wives", "spouse", "spouses", "breadwinner", "breadwinners", "homes", "home", "limbs", "limb", "legs",
             "leg", "arms", "arm", "eyes", "eye", "sight", "hearing", "jobs", "livelihoods"}
_ATTACK_VERBS = {"attacked", "ambushed", "stormed", "struck", "raided", "shelled", "bombed", "hit", "overran"}


def _attack_before(ctx: SentenceContext, b: int) -> bool:
    """Does the sentence tell of one attack before "lost" ("terrorists attacked the camp ..., and
    we lost 18 soldiers")? Soldiers lost in one attack were killed."""
    return any(ctx.w(x) in _ATTACK_VERBS for x in range(0, b))


def _in_one_engagement(ctx: SentenceContext, e: int) -> bool:
    """Is "lost N soldiers" followed by one engagement ("in the clash", "in an ambush on
    Monday")? Totals over time ("has lost 300,000 troops") stay losses (killed and wounded)."""
    if ctx.w(e) not in ("in", "during", "at"):
        return False
    k = e + 1
    while ctx.w(k) in ("the", "a", "an", "that", "this", "monday's", "friday's", "sunday's") or \
            (k < e + 4 and ctx.w(k) not in _ENGAGEMENTS and not is_punct(ctx.w(k)) and ctx.w(k)[:1].isalpha()
             and ctx.w(k) not in L.NP_STOP):
        k += 1
    return ctx.w(k) in _ENGAGEMENTS


_NAME_JOINERS = {"and", "al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "-", "'s"}


def named_apposition_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count in apposition to people named as the object of a casualty verb: "killing Yassin
    Rabia and Khaled Nagar, two senior officials who ...", "abducted John Doe and Jane Roe, two
    aid workers". Between the verb and the comma only names (capitalised words) and joiners."""
    qs = ctx.tok_at_char(q.qual_start)
    a, e = people_after_count(ctx, q)
    if ctx.w(qs - 1) != "," or not any(is_person_head(ctx.w(x), persons) for x in range(a, e)) \
            or counts_things(ctx, a, e):
        return None
    run = _verb_before_name_run(ctx, qs - 2, 12)
    if run is None or run[1] < 2 or run[0] == qs - 2:
        return None
    t = run[0]
    return Link(q, TYPE_OF_VERB_BEFORE[ctx.w(t)], t, t + 1, a, e, "apposition")


def _bodies_verb_after(ctx: SentenceContext, k: int) -> bool:
    """Does a verb of finding bodies follow token k, after auxiliaries ("exhumed", "were recovered")?"""
    while ctx.w(k) in ("were", "was", "have", "has", "had", "been", "being", "later", "also", "now"):
        k += 1
    return ctx.w(k) in L.BODIES_VERBS
