"""Counts typed by a claim beside them in the same sentence: subsets ("57, including five
children"), a bracketed interval, the next item of a list of people, an elliptical object, and
a qualifier shared over coordinated figures."""

from __future__ import annotations

from dataclasses import replace

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import cue_at
from casualty_claims.extract.casualty_counts.link import Link, sharing
from casualty_claims.extract.casualty_counts.phrases import counts_things, head_word, people_after_count
from casualty_claims.extract.casualty_counts.tokens import full_stop, is_person_head, is_person_noun, is_punct
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


def share_qualifier(ctx: SentenceContext, links: dict[int, Link]) -> None:
    """A qualifier governs the figures coordinated after it without a qualifier of their own
    (CONVENTIONS: "at least 174 killed and 690 injured" gives at_least for both):
    - a bare second figure of the next clause: "at least 174 people were killed and 690 injured",
      also with its own auxiliary or "others"/"more" ("at least 60 were killed and another 143 were
      wounded", "at least 20 died and 48 others were hurt"); not "... and 79,141 Palestinians were
      injured" (people of its own), not "... and 251 taken hostage" (another kind of harm);
    - coordinated counts of one noun phrase: "the deaths of at least 24 soldiers and 26 civilians",
      "over 25,000 children and 16,000 women";
    - a bare second object of a participle clause: "killing at least 34 people and wounding 117";
      "killed at least two people overnight and wounded nine others" ("others" names nobody new);
      not "killed at least 31 people and wounded 140", not "killing at least 12 soldiers and
      wounding 30 civilians"."""
    order = sorted(links)
    pairs = []
    for n, j in enumerate(order[1:], start=1):
        i = n - 1
        while i > 0 and links[order[i]].how == "subset" and links[j].how != "subset":
            i -= 1  # "At least 16 tourists, including two foreigners, were killed and 20 other ...": past the breakdown
        pairs.append((order[i], j))
    for i, j in pairs:
        first, second = links[i], links[j]
        qual = first.qty.qualifier
        if second.qty.qualifier != "exact" or qual not in ("at_least", "more_than", "approx", "up_to"):
            continue
        if _coordinated_in_phrase(ctx, first, second):
            pass
        elif first.how == "left" and second.how == "left":
            # "killing at least 34 people and wounding 117", "had killed at least 3,961 people in Lebanon
            # since October 2023 and wounded 16,520": a bare second object of the same subject is
            # coordinated with the first; "... and wounding 30 civilians" names people of its own
            others = [ctx.w(k) for k in range(second.qty.tok_end, second.np_end)] in ([], ["others"], ["more"])
            if not others or not _joined_objects(ctx, first, second):
                continue
        elif not _coordinated_clause(ctx, first, second):
            continue
        q = second.qty
        low, high = q.low, q.high
        if qual in ("at_least", "more_than"):
            high = None
        elif qual == "up_to":
            low = None
        links[j] = replace(second, qty=replace(q, low=low, high=high, qualifier=qual))


_AUXILIARIES = {"were", "was", "are", "is", "have", "has", "had", "been"}
_ANOTHER = (["another"], ["a", "further"], ["further"])


def _coordinated_in_phrase(ctx: SentenceContext, first: Link, second: Link) -> bool:
    """Is the second count the next item of the first one's noun phrase ("at least 24 soldiers and
    26 civilians")? It starts right after "and" at the end of the first count's people."""
    if second.how not in ("coord", "subset") and second.ctype != first.ctype:
        return False
    end = max(first.np_end, first.qty.tok_end)
    qs2 = ctx.tok_at_char(second.qty.qual_start)
    return ctx.w(end) == "and" and qs2 == end + 1


def _coordinated_clause(ctx: SentenceContext, first: Link, second: Link) -> bool:
    """ "at least 174 civilians were killed and 690 (others) (were) injured": two right links, only
    "and", a comma or both (and "another") between the first verb and the second count, and the second count names
    nobody new and has at most an auxiliary before its verb."""
    if first.how != "right" or second.how != "right" or first.cue_start < first.qty.tok_end:
        return False
    if second.ctype == "captured" and first.ctype != "captured":
        return False  # "about 1,200 people were killed and 251 taken hostage": a figure of its own
    between = [ctx.w(k) for k in range(first.cue_end, ctx.tok_at_char(second.qty.qual_start))]
    if between == [","]:
        between = ["and"]  # "more than 140 killed, 525 wounded"
    if between[:1] == [","]:
        between = between[1:]
    if between[:1] != ["and"] or between[1:] not in ([], *_ANOTHER):
        return False
    people = [ctx.w(k) for k in range(second.np_start, second.np_end)]
    if people not in ([], ["others"], ["more"]) and people[:1] != ["other"]:
        return False  # "20 other tourists" names nobody new, like "20 others"
    rest = range(max(second.np_end, second.qty.tok_end), second.cue_start)
    joined = people[:1] == ["other"]  # "20 other tourists & locals injured": more people joined to the others
    return all(ctx.w(k) in _AUXILIARIES or (joined and (ctx.w(k) in ("&", "and") or is_person_noun(ctx.w(k))))
               for k in rest)


def _joined_objects(ctx: SentenceContext, first: Link, second: Link) -> bool:
    """Is the second verb joined to the first object by "and" (", and"), with at most adverbials of
    place and time between ("in Lebanon since October 2023"), no clause break, speaker or count?"""
    start = max(first.np_end, first.qty.tok_end)
    between = [ctx.w(k) for k in range(start, second.cue_start)]
    if not between or between[-1] != "and" or len(between) > 10:
        return False
    starts = {o.tok_start for o in ctx.quantities}
    return not any(is_punct(w) and not (w == "," and k == len(between) - 2) or w in L.REPORTING_VERBS
                   or w in ("but", "while", "who", "which", "that", "and") and k != len(between) - 1
                   or start + k in starts for k, w in enumerate(between))


SUBSET_MARKERS = {"including", "among", "includes", "included"}


def subset_of(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link]) -> Link | None:
    """The claim a count is part of: "57, including five children", "including 7 women and
    15 children", "79 wounded, 56 of them children"."""
    before = [l for l in links.values() if l.qty.tok_start < q.tok_start]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    if any(main.qty.tok_start < o.tok_start < q.tok_start and not counts_things(ctx, *people_after_count(ctx, o))
           for o in ctx.quantities):
        # "toll rose to 35 ... 39 people, including six children, were rescued"; a measure
        # between them does not count ("61,000 died in the first 14 months, 26,000 of them ...")
        return None
    # "56 of them children", "(three of them officers)", "..., and over 14,000 of them were children"
    if ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) in ("them", "whom") and ctx.w(qs - 1) in (",", "(", "—", "–"):
        return main
    if ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) == "them" and ctx.w(qs - 1) == "and" \
            and ctx.w(q.tok_end + 2) in ("were", "was", "are", "is") \
            and any(is_person_noun(ctx.w(x)) for x in range(q.tok_end + 3, q.tok_end + 6)):
        return main  # a clause naming who they were; not "and 35 of them remain in hospital" (a status)
    # "six health workers — four doctors, ..." / "12 soldiers (two officers ...)": a breakdown
    # opened right after the people of the claim
    if (ctx.w(qs - 1) in ("(", "—", "–") or _spaced_dash(ctx, qs - 1)) and qs - 1 == max(main.np_end, main.qty.tok_end):
        return main  # also a hyphen typed for a dash: "13 American service members - 11 Marines, ..."
    for t in range(qs - 1, max(main.qty.tok_end - 1, qs - 10), -1):
        w = ctx.w(t)
        if w in (".", ";", ":"):
            return None
        if w in SUBSET_MARKERS or (w in ("them", "whom") and ctx.w(t - 1) in ("among", "of")):
            return main  # "..., of whom 20 were children", "among them 31 children"
    return None


def _spaced_dash(ctx: SentenceContext, k: int) -> bool:
    """Is token k a hyphen with a space on both sides, a dash typed as a hyphen?"""
    return ctx.w(k) == "-" and 0 < k < len(ctx.toks) - 1 and ctx.toks[k - 1].end < ctx.toks[k].start \
        and ctx.toks[k].end < ctx.toks[k + 1].start


_INTERVAL_WORDS = {"ci", "cri", "ui", "range", "interval", "confidence", "credible", "uncertainty", "%", "per", "cent",
                   "percent", "bounds", "plausible"}


def interval_of(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link]) -> Link | None:
    """The claim whose estimate a bracketed range qualifies: "489 civilians (95% CI 410-570) were
    killed" -- the interval is the claimant's range for the same toll."""
    if q.qualifier != "range":
        return None
    p = qs - 1
    while p > qs - 6 and (ctx.w(p) in _INTERVAL_WORDS or ctx.w(p).isdigit() or ctx.w(p) in (":", ",")):
        p -= 1
    if ctx.w(p) != "(" or ctx.w(q.tok_end) != ")" or not any(ctx.w(x) in _INTERVAL_WORDS - {"%"} for x in range(p, qs)):
        return None
    return next((l for l in links.values() if max(l.np_end, l.qty.tok_end) == p or l.qty.tok_end == p), None)


# Verbs that give a bare "N in PLACE" a clause of its own after "and"
_OWN_VERBS = L.LOST_BEFORE | {"fled", "left", "need", "needed", "lack", "lacked", "received", "got", "sought",
                              "live", "lived", "face", "faced", "remain", "remains", "stayed", "returned"}


def elliptical_object(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link],
                       persons: set[str]) -> Link | None:
    """A bare count after "and" with a place of its own, sharing the verb of the object before it:
    "killed hundreds of people in Lebanon, most of them fighters, and dozens in Israel",
    "killing 12 in Kharkiv and 3 in Sumy". Nothing between the two may be a verb or cue."""
    after = q.tok_end
    a, e = people_after_count(ctx, q)
    if e > a and is_person_head(head_word(ctx, a, e), persons) and not counts_things(ctx, a, e):
        after = e  # "..., and five more soldiers at Taftanaz air base"
    if after < len(ctx.toks) and ctx.w(after) not in ("in", "on", "at", "inside", "across", "near") \
            and not (after == e > a and _things_listed_after(ctx, after)):
        return None
    # a subject with its verb after it also leaves the verb out: "Fifteen people were killed on
    # Monday and 30 on Tuesday", "Three civilians died in Kherson and two in Zaporizhzhia"
    before = [l for l in links.values() if l.qty.tok_start < q.tok_start
              and (l.how == "left" or l.how == "right" and l.cue_start > l.qty.tok_start)]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    if qs - main.qty.tok_end > 16:
        return None
    start = main.qty.tok_end if main.how == "left" else main.cue_end
    for k in range(after, min(len(ctx.toks), after + 6)):
        if is_punct(ctx.w(k)) or ctx.w(k) == "and":
            break
        if ctx.w(k) in ("were", "was", "are", "is", "have", "has", "had", "remain", "remained") \
                or ctx.w(k) in _OWN_VERBS:
            return None  # "... and 19 in hospital were treated", "and 40 in the city lost power": a clause of its own
    for k in range(start, qs - 1):
        w = ctx.w(k)
        if w in ("(", ")") and _short_gloss(ctx, k):
            continue  # "Russia's Sever (North) group of forces": a gloss of a name, no clause
        if full_stop(ctx, k) or w in (";", ":", "(", ")") or w in L.CHAIN - {"in"} or w in L.REPORTING_VERBS \
                or cue_at(ctx, k) is not None or any(o.tok_start == k for o in ctx.quantities):
            return None
    return sharing(q, main, q.tok_end, q.tok_end, "coord")


def _short_gloss(ctx: SentenceContext, k: int) -> bool:
    """Is the bracket at token k one end of a gloss of up to three capitalised words ("(North)")?"""
    if ctx.w(k) == ")":
        k = next((x for x in range(k - 1, max(-1, k - 5), -1) if ctx.w(x) == "("), -1)
        if k < 0:
            return False
    end = next((x for x in range(k + 1, min(len(ctx.toks), k + 5)) if ctx.w(x) == ")"), None)
    return end is not None and end > k + 1 and all(ctx.toks[x].text[:1].isupper() for x in range(k + 1, end))


def _things_listed_after(ctx: SentenceContext, k: int) -> bool:
    """Does a list of things lost follow the people at token k (", one tank and three ammunition
    depots")? A bulletin's loss list: the people before it share the verb of the list's clause."""
    if ctx.w(k) != ",":
        return False
    if ctx.w(k + 1) in ("a", "an") and ctx.w(k + 2) in L.NONPERSON_NOUNS:
        return True  # ", a tank and two guns"
    nxt = next((o for o in ctx.quantities if ctx.tok_at_char(o.qual_start) == k + 1), None)
    return nxt is not None and counts_things(ctx, *people_after_count(ctx, nxt))


def list_member(ctx: SentenceContext, idx: int, links: dict[int, Link], persons: set[str]) -> Link | None:
    """The next item of a list of people after a claim: "The dead included 695 civilians,
    373 members of the security forces and 71 foreigners". Between the two counts only a
    noun phrase (no verb, cue or clause break); after this one no verb of its own."""
    if idx == 0 or idx - 1 not in links:
        return None
    p, q = ctx.quantities[idx - 1], ctx.quantities[idx]
    qs = ctx.tok_at_char(q.qual_start)
    if ctx.w(qs - 1) not in (",", "and") or qs - p.tok_end > 9:
        return None
    a, e = people_after_count(ctx, q)
    before = links[idx - 1]
    for k in range(p.tok_end, qs - 1):
        w = ctx.w(k)
        if w in (";", ".", ":", "(", ")") or w in L.CHAIN or w in L.REPORTING_VERBS:
            return None
        if cue_at(ctx, k) is not None and not _shared_participle(ctx, before, k, e):
            return None
    if not is_person_head(head_word(ctx, a, e), persons) or counts_things(ctx, a, e):
        return None
    if ctx.w(e) in L.CHAIN or cue_at(ctx, e) is not None:
        return None  # "..., 300 troops were deployed": a clause of its own
    return sharing(q, links[idx - 1], a, e, "coord")


def _shared_participle(ctx: SentenceContext, before: Link, k: int, e: int) -> bool:
    """Is the cue at token k the bare participle of the item before ("we count more than 90,000
    soldiers killed, and some 65,000 militiamen"), shared by the next item, which ends its clause
    (a comma, a full stop, "including")? Not a finite verb: "12 soldiers were killed, and 30
    civilians fled"."""
    return before.how == "right" and before.cue_start == k and ctx.w(k - 1) not in L.CHAIN \
        and ctx.w(before.cue_end) == "," and (e >= len(ctx.toks) or ctx.w(e) in (",", ".", ";", "including"))


# Prepositions that open the place or time a list item is counted by ("72 in Tartus", "two on Sunday")
_ITEM_PREPOSITIONS = {"in", "at", "on", "near", "inside", "across", "around", "outside", "from"}
_ITEM_WORDS = {"the", "a", "an", "of", "and", "province", "city", "region", "district", "governorate", "oblast",
               "village", "town", "camp", "area", "overnight"}


def place_list_item(ctx: SentenceContext, idx: int, links: dict[int, Link], persons: set[str]) -> Link | None:
    """The next item of a list of figures by place after a claim: "the toll by province includes 658
    in Latakia, 384 in Tartus and 12 in Homs", "killed 132 civilians, including 72 in Tartus and 60
    in Latakia", "killed 20 people in Idlib, 14 in Aleppo", "wounded 80 people: 50 in Odesa". The
    item is parallel to the figure before it: a bare count (or one naming people) and a place phrase
    after it; between the two figures only that figure's people and place, then "," / "and" (or ":"
    right after the first claim's people). Each item shares the claim of the item before it."""
    if idx == 0 or idx - 1 not in links:
        return None
    p, q = ctx.quantities[idx - 1], ctx.quantities[idx]
    qs = ctx.tok_at_char(q.qual_start)
    a, e = people_after_count(ctx, q)
    if e > a and (not is_person_head(head_word(ctx, a, e), persons) or counts_things(ctx, a, e)):
        return None
    if ctx.w(e) not in _ITEM_PREPOSITIONS or not _place_phrase_ends(ctx, e + 1, None):
        return None  # "... and 19 in hospital were treated" ends in a verb, not the list
    before = links[idx - 1]
    start = max(before.np_end, p.tok_end)
    if ctx.w(qs - 1) == ":":
        return sharing(q, before, a, e, "coord") if qs - 1 == start else None
    joint = qs - 1 - (ctx.w(qs - 1) == "and" and ctx.w(qs - 2) == ",")
    if ctx.w(qs - 1) not in (",", "and") or ctx.w(start) not in _ITEM_PREPOSITIONS:
        return None
    if not _place_phrase_ends(ctx, start + 1, joint):
        return None
    return sharing(q, before, a, e, "coord")


def _place_phrase_ends(ctx: SentenceContext, k: int, end: int | None) -> bool:
    """Is the phrase from token k a place or date (capitalised names, a number of a date, a few
    place words, or one common noun after a determiner: "an airstrike on Blida", "Sunday") ending at
    token `end` -- or, when end is None, at a comma, "and", a full stop or the sentence's end?"""
    limit = k + 6
    m = k
    while m < len(ctx.toks) and m < limit and m != end:
        w, text = ctx.w(m), ctx.toks[m].text
        if w in (",", "and", ".", ";") and end is None:
            break
        if not (text[:1].isupper() or w in _ITEM_WORDS or w.isdigit() or w == "-"
                or (ctx.w(m - 1) in ("the", "a", "an") and w.isalpha() and w not in L.CHAIN and cue_at(ctx, m) is None)):
            return False
        m += 1
    if end is not None:
        return m == end and m > k
    return m > k and (m >= len(ctx.toks) or ctx.w(m) in (",", "and", ".", ";"))


_FURTHER = (("a", "further"), ("another",), ("further",))


def further_count(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link], persons: set[str]) -> Link | None:
    """ "the names of 223 servicemen killed, and a further 25 civilians": a count added to the claim
    before it by "(, ) and a further / another" takes that claim's type when it has no verb of its
    own (then its own cue typed it already)."""
    n = next((len(f) for f in _FURTHER if tuple(ctx.w(qs - len(f) + i) for i in range(len(f))) == f), 0)
    if not n or ctx.w(qs - n - 1) != "and":
        return None
    a, e = people_after_count(ctx, q)
    if e > a and (counts_things(ctx, a, e) or not is_person_head(head_word(ctx, a, e), persons)):
        return None
    if ctx.w(e) in L.CHAIN - {"in"} or cue_at(ctx, e) is not None:
        return None
    before = [l for l in links.values() if l.qty.tok_start < q.tok_start and l.how in ("right", "left", "of", "toll")]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    if any(full_stop(ctx, k) or ctx.w(k) in (";", ":") or ctx.w(k) in L.REPORTING_VERBS
           for k in range(main.qty.tok_end, qs)):
        return None
    return sharing(q, main, a, e, "coord")
