"""Counts whose casualty a noun or an adjective names rather than a verb: a group fronted at the
head of the sentence, a share of the dead, "200 injured people", "16 executions", "40 bodies"."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import DEGREE_ADVERBS, cue_at, type_cue
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import counts_things, head_word, people_after_count, people_phrase
from casualty_claims.extract.casualty_counts.tokens import CORPSES, DETERMINERS, count_at, is_person_head, opening
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


def fronted_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count that shares out a group named at the head of the sentence: "Of those killed,
    9,000 were children"; "Among the wounded, 40 are in critical condition"."""
    o = opening(ctx)
    whole_counted = ctx.w(o) == "of" and count_at(ctx, o + 1)  # "Of 558 people who have died ..., 50 are children"
    if ctx.w(o) not in ("of", "among") or (ctx.w(o + 1) not in ("the", "those", "these", "them") and not whole_counted):
        return None
    comma = next((k for k in range(o + 2, min(len(ctx.toks), o + 10)) if ctx.w(k) == ","), None)
    if ctx.w(o) == "among" and not whole_counted:
        named = _named_list_item(ctx, q, o, persons)
        if named is not None:
            return named
    if comma is None or not _item_of_share_list(ctx, q, comma + 1):
        return None
    ctype = next((t for k in range(o + 2, comma) if (t := type_cue(ctx.w(k))) not in (None, "captured")), None)
    if ctype is None and any(ctx.w(k) in ("victims", "martyrs") for k in range(o + 2, comma)):
        ctype = "killed"  # "Of the 45 victims, 6 were children"
    a, e = people_after_count(ctx, q)
    if ctype is None or counts_things(ctx, a, e) or ctx.w(e) not in ("were", "was", "are", "is", "had", "have"):
        return None
    return Link(q, ctype, o + 2, comma, a, e, "subset")  # a share of the claim before: its side and group


_BE = ("were", "was", "are", "is", "included", "include")


def _named_list_item(ctx: SentenceContext, q: Quantity, o: int, persons: set[str]) -> Link | None:
    """A count later in the list after "Among the dead were": "Among those killed were a senior
    commander and 12 of his bodyguards", "Among the wounded are the mayor, his wife and 3 police
    officers". The group names the type; between the verb and the count only the names and nouns of
    the list: no verb, cue, other count or clause break."""
    be = next((k for k in range(o + 2, min(len(ctx.toks), o + 5)) if ctx.w(k) in _BE), None)
    if be is None:
        return None
    ctype = next((t for k in range(o + 2, be) if (t := type_cue(ctx.w(k))) not in (None, "captured")), None)
    if ctype is None and any(ctx.w(k) in ("victims", "martyrs") for k in range(o + 2, be)):
        ctype = "killed"
    qs = ctx.tok_at_char(q.qual_start)
    if ctype is None or qs <= be + 1 or ctx.w(qs - 1) not in ("and", ",") or qs - be > 16:
        return None
    for k in range(be + 1, qs):
        w = ctx.w(k)
        if w in (";", ":", ".", "(", ")") or w in L.CHAIN or w in L.REPORTING_VERBS or w in ("who", "which", "that") \
                or any(o2.tok_start == k for o2 in ctx.quantities) or cue_at(ctx, k) is not None:
            return None
    a, e = people_after_count(ctx, q)
    if counts_things(ctx, a, e) or not (a == e or is_person_head(head_word(ctx, a, e), persons)):
        return None
    return Link(q, ctype, o + 2, be, a, e, "subset")


def _item_of_share_list(ctx: SentenceContext, q: Quantity, first: int) -> bool:
    """Does the count stand at token `first`, or later in a list of shares that starts there ("Of
    the 26 people killed, 18 were soldiers, three were railway employees and five were civilians")?
    Each item is a count with its own "were"; items are joined by "," or "and", no clause break."""
    qs = ctx.tok_at_char(q.qual_start)
    if qs == first:
        return True
    items = [o for o in ctx.quantities if first <= ctx.tok_at_char(o.qual_start) <= qs]
    if not items or ctx.tok_at_char(items[0].qual_start) != first or items[-1] is not q:
        return False
    for prev, item in zip(items, items[1:]):
        start = ctx.tok_at_char(item.qual_start)
        if ctx.w(start - 1) not in (",", "and"):
            return False
        _, e = people_after_count(ctx, prev)
        if ctx.w(e) not in ("were", "was", "are", "is"):
            return False
        if any(ctx.w(k) in (";", ":", ".", "(", ")") or ctx.w(k) in L.REPORTING_VERBS for k in range(prev.tok_end, start)):
            return False
    return True


_GROUP_TYPES = {"dead": "killed", "killed": "killed", "fatalities": "killed", "wounded": "wounded",
                "injured": "wounded", "missing": "missing"}


def share_of_group_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count out of a casualty group, whatever is said of it next: "Two of the dead were
    journalists", "12 of the wounded are in serious condition" (a verb cue, "two of the injured
    later died", is found by the right rule first)."""
    if ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) in ("them", "whom") and ctx.w(q.tok_end + 2) == "with":
        # "354 hostages had been freed, 37 of them with injuries": the share that came out hurt
        hurt = next((k for k in range(q.tok_end + 3, q.tok_end + 6) if ctx.w(k) in L.INJURY_NOUNS), None)
        if hurt is not None and all(ctx.w(k).isalpha() and ctx.w(k) not in L.NP_STOP - {"the"}
                                    for k in range(q.tok_end + 3, hurt)):
            return Link(q, "wounded", q.tok_end + 2, hurt + 1, q.tok_end + 1, q.tok_end + 2, "right")
        return None
    if ctx.w(q.tok_end) != "of" or ctx.w(q.tok_end + 1) not in ("the", "those", "these"):
        return None
    g = q.tok_end + 2
    whole = next((o for o in ctx.quantities if o.tok_start == g), None)
    if whole is not None:
        g = whole.tok_end  # "Twenty-three of the 45 dead were women and children"
    group = ctx.w(g)
    if group not in _GROUP_TYPES or ctx.w(g + 1) in L.PERSON_NOUNS:
        return None
    if ctx.toks[q.tok_start].low == "one" and ctx.w(g + 1) not in ("was", "is"):
        return None  # "one of the dead was a doctor" is a share; "one of the wounded said" a speaker
    return Link(q, _GROUP_TYPES[group], g, g + 1, g, g + 1, "right")


_ADJECTIVE_TYPES = {"wounded": "wounded", "injured": "wounded", "dead": "killed", "missing": "missing",
                    "maimed": "wounded", "slain": "killed", "captured": "captured"}
# Sentences in which wounded people are moved, not counted as hurt: "81 seriously wounded
# Palestinians have started crossing into Egypt", "trapped miners were rescued".
MOVED_WORDS = {"crossing", "crossed", "evacuated", "evacuation", "evacuations", "evacuating", "evacuate",
          "transferred", "transfer", "flown", "airlifted", "medevac", "medevaced", "permitted", "allowed",
          "departed", "rescued", "freed", "released", "exchanged", "repatriated", "handed", "swap", "exchange"}


def adjective_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count of people named by their injury: "more than 200 injured people still being
    treated", "scores of wounded people were carried in", "12 dead soldiers". Not people being
    moved ("81 seriously wounded Palestinians have started crossing")."""
    j = q.tok_end
    if ctx.w(j) == "of" and q.qualifier == "vague":
        j += 1
    if ctx.w(j) in DEGREE_ADVERBS:
        j += 1
    adj = ctx.w(j)
    if adj not in _ADJECTIVE_TYPES:
        return None
    a, e = people_phrase(ctx, j + 1, limit=4)
    heads = [x for x in range(a, e) if is_person_head(ctx.w(x), persons)]
    if not heads or counts_things(ctx, a, heads[-1] + 1):
        return None
    e = heads[-1] + 1  # "injured people still being treated"
    if set(ctx.low) & MOVED_WORDS:
        return None
    return Link(q, _ADJECTIVE_TYPES[adj], j, j + 1, a, e, "adjective")


def injured_people_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """People named by the injuries they have: "more than 290 people with burns and other injuries
    had been brought to hospitals", "45 children with shrapnel wounds". Not people being moved
    ("evacuated 30 patients with wounds": the adjective rule's reason), not illnesses."""
    a, e = people_after_count(ctx, q)
    if e == a or ctx.w(e) != "with" or not is_person_head(head_word(ctx, a, e), persons) or counts_things(ctx, a, e):
        return None
    for m in range(e + 1, min(len(ctx.toks), e + 7)):
        w = ctx.w(m)
        if w in L.INJURY_NOUNS or w in ("wounds", "injuries"):
            if set(ctx.low) & MOVED_WORDS:
                return None
            return Link(q, "wounded", m, m + 1, a, e, "adjective")
        if not w.isalpha() and w != "-" or w in L.NP_STOP - {"and", "or", "other", "their", "serious"}:
            return None
    return None


# Nouns that count events each of which is one victim: "16 apparent summary executions", "some
# 105 other killings of civilians", "more than 300 abductions".
_EVENT_COUNTS = {"killings": "killed", "executions": "killed", "murders": "killed", "assassinations": "killed",
                 "abductions": "captured", "kidnappings": "captured", "disappearances": "missing"}


def event_count_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count of killings (each a death): COUNT [other/apparent/summary ...] killings [of PEOPLE]."""
    j = q.tok_end
    while j < q.tok_end + 3 and ctx.w(j).isalpha() and ctx.w(j) not in _EVENT_COUNTS \
            and ctx.w(j) not in L.NP_STOP and ctx.w(j) not in L.NONPERSON_NOUNS and ctx.w(j) not in L.PERSON_NOUNS \
            and ctx.w(j) not in persons:
        j += 1
    ctype = _EVENT_COUNTS.get(ctx.w(j))
    if ctype is None:
        return None
    if ctx.w(j + 1) == "of":
        a, e = people_phrase(ctx, j + 2 + (ctx.w(j + 2) in DETERMINERS), limit=4)
        if a < e and not is_person_head(head_word(ctx, a, e), persons):
            return None  # "three murders of livestock"
    return Link(q, ctype, j, j + 1, q.tok_end, j, "right")


def bodies_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count of the dead by their bodies, whatever the verb: "journalists saw around 40 bodies
    bearing signs of torture", "twelve coffins were carried through the crowd" (not "bodies of
    water", "two bodies" of an organisation: "both bodies agreed")."""
    a, e = people_after_count(ctx, q)
    e = next((x + 1 for x in range(a, e) if ctx.w(x) in CORPSES), a)  # "40 bodies bearing signs of torture"
    if e == a and ctx.w(a) == "graves" and ctx.w(a - 1) != "mass" and not any(ctx.w(x) == "mass" for x in range(q.tok_end, a)):
        e = a + 1  # "a kibbutz of 101 graves" (not "three mass graves")
    if e == a or (ctx.w(e - 1) in ("body", "corpse", "coffin") and q.value != 1):
        return None
    if ctx.w(e) == "of" and ctx.w(e + 1) in ("water", "evidence", "work", "knowledge", "law"):
        return None
    if ctx.w(e) in ("agreed", "said", "says", "met", "voted", "decided", "have", "has"):
        return None
    return Link(q, "killed", e - 1, e, a, e, "bodies")
