"""All casualty links of one sentence: the strict rules, then the toll and clause rules, then a
second pass for counts that only a claim beside them types (old figures of a revision,
coordinated counts, subsets, intervals)."""

from __future__ import annotations

from dataclasses import replace

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.bracketed import bracketed_place_count
from casualty_claims.extract.casualty_counts.casualty_nouns import (
    adjective_link, bodies_link, event_count_link, fronted_link, injured_people_link, share_of_group_link,
)
from casualty_claims.extract.casualty_counts.coordination import (
    SUBSET_MARKERS, elliptical_object, further_count, interval_of, list_member, place_list_item, share_qualifier,
    subset_of,
)
from casualty_claims.extract.casualty_counts.cue_after import cue_after_link
from casualty_claims.extract.casualty_counts.cue_before import cue_before_link, named_apposition_link
from casualty_claims.extract.casualty_counts.cues import DEGREE_ADVERBS, cue_at
from casualty_claims.extract.casualty_counts.fallback import clause_fallback
from casualty_claims.extract.casualty_counts.filters import filtered
from casualty_claims.extract.casualty_counts.link import Link, sharing
from casualty_claims.extract.casualty_counts.phrases import counts_things, head_word, people_after_count
from casualty_claims.extract.casualty_counts.cues import TYPE_OF_VERB_BEFORE
from casualty_claims.extract.casualty_counts.tokens import (
    COLLECTIVES, CORPSES, HOSTAGE_HEADS, PREPOSITIONS, full_stop, is_person_head, is_punct,
)
from casualty_claims.extract.casualty_counts.tolls import brought_total, tally_label_link, toll_link
from casualty_claims.extract.context import SentenceContext


def link_quantities(ctx: SentenceContext, persons: set[str]) -> list[Link]:
    """One link per casualty count in the sentence, in text order."""
    links: dict[int, Link] = {}
    for idx, q in enumerate(ctx.quantities):
        for rule in (cue_after_link, cue_before_link, fronted_link, share_of_group_link, adjective_link, bodies_link,
                     named_apposition_link, event_count_link, injured_people_link):
            link = rule(ctx, q, persons)
            if link is not None:
                break
        else:
            link = toll_link(ctx, q) or tally_label_link(ctx, q) or clause_fallback(ctx, q, persons) \
                or bracketed_place_count(ctx, q)
        link = _captives_harmed(ctx, q, link, persons)
        link = _passed_figure(ctx, link)
        if link is not None and link.how == "right" and _hedged_be(ctx, q) and filtered(ctx, link):
            # "the number of dead could be somewhere between 300,000 and 400,000 civilian casualties":
            # the modal refuses the noun after the figure, but the toll before it is a hedged estimate
            link = toll_link(ctx, q) or link
        if link is not None and not filtered(ctx, link):
            links[idx] = link
    if links:
        _second_pass(ctx, links, persons)
        share_qualifier(ctx, links)
    return [links[k] for k in sorted(links)]


def _second_pass(ctx: SentenceContext, links: dict[int, Link], persons: set[str]) -> None:
    """Old figures of a revision ("up from 63") and counts coordinated with a claim."""
    has_toll = any(l.how in ("toll", "right", "left", "of") for l in links.values())
    for idx, q in enumerate(ctx.quantities):
        if idx in links:
            continue
        qs = ctx.tok_at_char(q.qual_start)
        prev = ctx.w(qs - 1)
        a, e = people_after_count(ctx, q)
        if counts_things(ctx, a, e):
            continue
        head = head_word(ctx, a, e)
        if prev in _DATING_ADJECTIVES and ctx.w(qs - 2) in ("an", "a", "the") and ctx.w(qs - 3) == "from":
            prev = "from"  # "raised the toll to 45 from an earlier 32": the old figure
        if (prev == "from" or (prev == "the" and ctx.w(qs - 2) == "from")) and has_toll and not (
                a < e and ctx.w(a).isalpha() and not is_person_head(head, persons) and head not in L.TOLL_NOUNS
                and cue_at(ctx, a) is None) and head not in COLLECTIVES:
            # not "at least 40 from one regiment alone", "7 children from one family": where they came from
            pool = list(links.values())
            if ctx.w(qs - 2) in ("up", "down"):
                # "killed, up from 480 a day earlier, and 1,200 wounded": "up from" revises the figure before it
                pool = [l for l in pool if l.qty.tok_start < q.tok_start] or pool
            nearest = min(pool, key=lambda l: abs(l.qty.tok_start - q.tok_start))
            link = sharing(q, nearest, a, e, "from")
            if not filtered(ctx, link):
                links[idx] = link
            continue
        if prev == "then" and (ctx.w(qs - 2) == "," or ctx.w(qs - 2) == "and") and (a == e or is_person_head(head, persons)):
            # a sequence of figures: "put the toll at 22, then 29, as more bodies were brought",
            # "later raised to 58 and then 74"
            before = next((l for l in links.values() if l.qty.tok_end == qs - 2), None)
            if before is not None and before.how in ("toll", "right", "left", "of"):
                link = Link(q, before.ctype, before.cue_start, before.cue_end, a, e, "coord")
                if not filtered(ctx, link):
                    links[idx] = link
                continue
        total = brought_total(ctx, q, list(links.values()))
        if total is not None:
            if not filtered(ctx, total):
                links[idx] = total
            continue
        if prev == "," and e == a + 1 and ctx.w(a) in DEGREE_ADVERBS and (is_punct(ctx.w(e)) or e >= len(ctx.toks)):
            # "Twenty were wounded, two critically.": a share of the wounded just before, by degree
            before = next((l for l in links.values() if l.ctype == "wounded" and l.cue_end == qs - 1), None)
            if before is not None:
                link = sharing(q, before, a, e, "subset")
                if not filtered(ctx, link):
                    links[idx] = link
                continue
        interval = interval_of(ctx, q, qs, links)
        if interval is not None:
            link = sharing(q, interval, a, a, "interval")
            if not filtered(ctx, link):
                links[idx] = link
            continue
        subset = subset_of(ctx, q, qs, links)
        bare = a == e and (prev in SUBSET_MARKERS or (prev in ("them", "whom") and ctx.w(qs - 2) == "among")) and ctx.w(e) in PREPOSITIONS | {"over", "under", "during", "since", "of"}
        named = a == e and ctx.w(e) in ("were", "was", "are", "is") and any(
            is_person_head(ctx.w(x), persons) for x in range(e + 1, e + 4))  # "of whom 20 were children"
        degree = e - a <= 1 and ctx.w(a) in DEGREE_ADVERBS  # "among them 200 critically"
        # "98 bodies were brought to hospitals, among them 11 recovered from under the rubble"
        found = e - a == 1 and ctx.w(a) in L.BODIES_VERBS and subset is not None and subset.ctype == "killed"
        if subset is not None and (is_person_head(head, persons) or ctx.w(q.tok_end) == "of" or bare or named
                                   or degree or found):
            # "including 560 over the past day": a share of the count before it, in time or place
            link = sharing(q, subset, a, e, "subset")
            if not filtered(ctx, link):
                links[idx] = link
            continue
        if prev in _ADMIT_VERBS and a == e and (is_punct(ctx.w(q.tok_end)) or q.tok_end >= len(ctx.toks)):
            # "20 Indian soldiers killed, China admits four": the other side's figure for the same toll
            subj = qs - 2
            while subj > qs - 5 and ctx.toks[subj].text[:1].isupper():
                subj -= 1
            before = [l for l in links.values() if l.qty.tok_end <= subj and l.how in ("right", "left", "toll")]
            if ctx.w(subj) in (",", ";") and subj < qs - 2 and before:  # "..., ISPR says; BLA claims 12"
                link = sharing(q, before[-1], a, e, "coord")
                if not filtered(ctx, link):
                    links[idx] = link
                continue
        if prev in _ELLIPSIS_AUX and ctx.w(qs - 2) in ("as", "so") and ctx.w(qs - 3) in (",", "—", "–", "-", ";") \
                and (a == e or is_person_head(head, persons)):
            # "2,000 civilians have been killed, as have 6,000 soldiers": the verb left out is the claim's
            before = [l for l in links.values() if l.qty.tok_start < q.tok_start and l.how in ("right", "left", "toll")]
            if before:
                link = sharing(q, max(before, key=lambda l: l.qty.tok_start), a, e, "coord")
                if not filtered(ctx, link):
                    links[idx] = link
            continue
        if prev == "with" and ctx.w(qs - 2) in ("along", "together") and is_person_head(head, persons):
            # "38 terrorists were killed at the camps, along with two soldiers who guarded them"
            link = _companion(ctx, q, qs - 2, links, a, e)
            if link is not None:
                links[idx] = link
            continue
        further = further_count(ctx, q, qs, links, persons)  # ", and a further 25 civilians"
        if further is not None:
            if not filtered(ctx, further):
                links[idx] = further
            continue
        if prev in ("and", ",", ":"):
            link = place_list_item(ctx, idx, links, persons)  # "658 in Latakia, 384 in Tartus and 12 in Homs"
            if link is not None and not filtered(ctx, link):
                links[idx] = link
                continue
        if prev == "and" and (a == e or e == a + 1 and (ctx.w(a) in _BODIES_STAY or ctx.w(a) in L.CHAIN)):
            link = _more_bodies(ctx, q, qs, links)  # "2,000 bodies have been buried and some 900 remain in morgues"
            if link is not None:
                links[idx] = link
                continue
        if prev in ("and", ",", "including", "plus") or (prev == "as" and ctx.w(qs - 2) == "well"):
            if not is_person_head(head, persons):
                link = list_member(ctx, idx, links, persons)  # "373 members of the security forces"
                if link is None and prev == "and":
                    link = elliptical_object(ctx, q, qs, links, persons)
                if link is not None and not filtered(ctx, link):
                    links[idx] = link
                continue
            anchor = qs - 2 if prev != "as" else qs - 4
            own_verb = ctx.w(e) in ("were", "was", "are", "is", "have", "has", "had", "remain", "remained")
            for l in ([] if own_verb else links.values()):  # "3 died and 12 more were hospitalised"
                if l.np_end - 1 <= anchor + 1 and anchor <= max(l.np_end, l.qty.tok_end) and l.how in ("left", "of", "right", "subset"):
                    if l.how == "right" and l.cue_start > qs:
                        continue  # shares the verb after it: found by its own right rule
                    link = sharing(q, l, a, e, "coord")
                    if not filtered(ctx, link):
                        links[idx] = link
                    break
            if idx not in links:
                link = list_member(ctx, idx, links, persons)
                if link is None and prev == "and" and not own_verb:
                    link = elliptical_object(ctx, q, qs, links, persons)
                if link is None and prev == "as" and ctx.w(qs - 3) == "as" and not own_verb:
                    # "354 members of the security forces were killed, as well as 21 members of
                    # Bedouin tribes": people added to a whole clause, as "along with" adds them
                    link = _companion(ctx, q, qs - 3, links, a, e)
                if link is not None and not filtered(ctx, link):
                    links[idx] = link


# Verbs the people phrase takes in after a bare count ("some 900 remained in the morgues")
_BODIES_STAY = {"remain", "remains", "remained", "lie", "lay", "lying", "await", "awaited", "awaiting"}


def _more_bodies(ctx: SentenceContext, q, qs: int, links: dict[int, Link]) -> Link | None:
    """A bare count after "and" whose noun is left out, following a count of bodies: "around 2,000
    bodies had been buried and some 900 remained in the city's morgues" -- more bodies, whatever
    its own verb says of them. Nothing between the two counts may end the clause or name a speaker."""
    before = [l for l in links.values() if l.qty.tok_start < q.tok_start and l.ctype == "killed"]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    if not any(ctx.w(k) in CORPSES for k in range(main.qty.tok_end, max(main.np_end, main.qty.tok_end) + 1)):
        return None
    if qs - main.qty.tok_end > 14 or any(full_stop(ctx, k) or ctx.w(k) in (":", "(", ")") or ctx.w(k) in L.REPORTING_VERBS
                                         or any(o.tok_start == k for o in ctx.quantities)
                                         for k in range(main.qty.tok_end, qs - 1)):
        return None
    k = q.tok_end
    while ctx.w(k) in L.CHAIN and k < q.tok_end + 4:
        k += 1
    if ctx.w(k) in _NAMED_STATES:
        return None  # "recovered 45 bodies and 12 were still unidentified": some of the same bodies
    link = sharing(q, main, q.tok_end, q.tok_end, "coord")
    return None if filtered(ctx, link) else link


# What is said of some of the bodies already counted, not of more of them. Not "identified": "exhumed
# 139 bodies, and 40 have been identified" counts the identified dead (tests/test_detection_round17.py)
_NAMED_STATES = {"unidentified", "unclaimed", "unnamed", "unknown"}


def _companion(ctx: SentenceContext, q, joint: int, links: dict[int, Link], a: int, e: int) -> Link | None:
    """The claim before people joined at token `joint` ("along with", "as well as") share: the
    nearest one, with no clause break or speaker between its verb and the joint."""
    before = [l for l in links.values() if l.qty.tok_start < q.tok_start and l.how != "from"]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    between = range(max(main.cue_end, main.np_end, main.qty.tok_end), joint)
    if any(ctx.w(k) in (";", ":", ".") or ctx.w(k) in L.REPORTING_VERBS for k in between):
        return None
    link = sharing(q, main, a, e, "coord")
    return None if filtered(ctx, link) else link


# Auxiliaries that stand for a verb left out: ", as have 6,000 soldiers", ", as were 30 children"
_ELLIPSIS_AUX = {"have", "has", "had", "were", "was", "are", "is", "did", "do", "does"}

_DATING_ADJECTIVES = {"earlier", "previous", "initial", "original", "prior"}

_ADMIT_VERBS = {"admits", "admitted", "acknowledges", "acknowledged", "concedes", "conceded", "claims", "claimed",
                "says", "said", "reports", "reported", "puts", "counts"}


def _hedged_be(ctx: SentenceContext, q) -> bool:
    """Does "could/may/might be" stand just before the figure ("could be somewhere between ...")?"""
    before = [ctx.w(k) for k in range(max(0, ctx.tok_at_char(q.qual_start) - 3), ctx.tok_at_char(q.qual_start))]
    return any(w in ("could", "may", "might") and before[i + 1:i + 2] == ["be"] for i, w in enumerate(before))


def _passed_figure(ctx: SentenceContext, link: Link | None) -> Link | None:
    """A figure a verb of passing puts its subject beyond ("losses since October exceeded 16,000
    killed and wounded", "the dead have topped 500 civilians"): more than the figure, as a toll's
    "passed 490" is. Only for an exact figure whose own cue follows it."""
    if link is None or link.how != "right" or link.qty.qualifier != "exact":
        return link
    if ctx.w(ctx.tok_at_char(link.qty.qual_start) - 1) not in L.TOLL_MORE_THAN:
        return link
    return replace(link, qty=replace(link.qty, high=None, qualifier="more_than"))


def _captives_harmed(ctx: SentenceContext, q, link: Link | None, persons: set[str]) -> Link | None:
    """Captives a verb kills or wounds ("executed at least six prisoners of war", "killed three
    hostages") are dead or hurt: the verb before the count says what happened to them; the
    captive noun after it only names who they were."""
    if link is None or link.ctype != "captured" or link.how != "right":
        return link
    if not (ctx.w(link.cue_start) in HOSTAGE_HEADS and link.cue_start <= max(q.tok_end, link.np_end)):
        return link
    verb = ctx.w(ctx.tok_at_char(q.qual_start) - 1)
    if verb == "of" and L.NOUN_OF.get(ctx.w(ctx.tok_at_char(q.qual_start) - 2)) in ("killed", "wounded"):
        verb = "killed"  # "the executions of at least 79 prisoners of war", "the killing of three hostages"
    if TYPE_OF_VERB_BEFORE.get(verb) in ("killed", "wounded"):
        before = cue_before_link(ctx, q, persons)
        if before is not None and before.ctype in ("killed", "wounded"):
            return before
    return link
