"""The clause rule, tried when no stricter rule links a count: the people's casualty verb later in
the same clause, past what the strict rules do not read through."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.asides import SPEAKER_VERBS
from casualty_claims.extract.casualty_counts.casualty_nouns import MOVED_WORDS
from casualty_claims.extract.casualty_counts.cues import (
    MAIN_VERB_CUES, chainable, cue_at, hypothetical_chain, leads_to_cue,
)
from casualty_claims.extract.casualty_counts.filters import RESCUE_WORDS
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import (
    coordinated_people, count_ends_at, counts_things, partitive, people_after_count,
)
from casualty_claims.extract.casualty_counts.tokens import (
    COLLECTIVES, DETERMINERS, count_starts, full_stop, is_person_head, is_punct, negated,
)
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


# Words that open another clause: a cue after them is not the verb of the people before.
_CLAUSE_OPENERS = {"but", "while", "whereas", "because", "although", "though", "after", "before", "when", "if",
                   "unless", "whether", "so", "yet", "where", "which", "until", "since", "as", "than", "whose",
                   "whom", "without", "despite", "once", "then", "including", "among", "against"}
# Copulas and passive auxiliaries: "were killed", "remained unaccounted for", "are still listed as missing".
_PASSIVE = {"were", "was", "are", "is", "be", "been", "being", "remain", "remained", "remains", "got", "get",
            "became", "become", "lay", "lie", "left", "found"}
_AGENT_PREPS = {"by", "of", "from", "with", "among", "against", "for", "to", "at", "in", "near", "on", "about"}
_NOT_BURIAL = {"under", "beneath", "alive", "by", "in", "underneath", "inside"}
_BURIAL_PLACES = {"graves", "grave", "cemetery", "cemeteries", "courtyard", "courtyards", "gardens", "garden", "yard",
                  "yards", "plots", "pits", "trenches", "park", "parks", "fields", "field", "backyards"}


def clause_fallback(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """When no stricter rule links a count: a count of people whose casualty verb comes later in
    the same clause, past a reduced relative, a prepositional phrase or a speaker the strict
    rules do not read through ("more than 30 residents taken away by soldiers during the
    occupation remained unaccounted for", "2,000 residents of the border districts, who were
    unaccounted for", "1,400 civilians the regional police say were killed", "listed 20 members as
    missing"). The verb must be passive or intransitive (a copula or auxiliary before it, or
    "died"); no other count, clause opener, conjunction, comma (except before "who") or other
    subject may stand between; negated, hypothetical and active ("had killed 12") verbs are refused."""
    a, e = people_after_count(ctx, q)
    heads = [x for x in range(a, e) if is_person_head(ctx.w(x), persons)]
    if not heads or counts_things(ctx, a, heads[0] + 1):
        return None
    e = heads[0] + 1  # the people, not what the phrase ran on into ("residents taken away")
    head = ctx.w(heads[0])
    qs = ctx.tok_at_char(q.qual_start)
    of = qs - 1 if ctx.w(qs - 1) == "of" else qs - 2
    if ctx.w(qs - 1) in MOVED_WORDS or ctx.w(qs - 1) in RESCUE_WORDS or (partitive(ctx, q) and count_ends_at(ctx, of)):
        return None  # not the whole in "two of the four attackers were shot dead"
    if ctx.toks[q.tok_start].low == "one" and ctx.w(q.tok_end) == "of" or head in COLLECTIVES:
        return None
    if ctx.w(qs - 1) == "of" and (is_person_head(ctx.w(qs - 2), persons) or count_ends_at(ctx, qs - 1)):
        return None  # a count inside another people phrase: "six members of one family were killed"
    starts = count_starts(ctx)
    n = len(ctx.toks)
    m, relative_comma = e, False
    while m < min(n, e + 18):
        w = ctx.w(m)
        if w in ("and", "or") and m == e:
            joined = coordinated_people(ctx, m, persons)  # "30 women and children taken ..."
            if joined is not None:
                m = joined
                continue
        if w == "as" and cue_at(ctx, m + 1, head) is not None:
            m += 1  # "named 29 servicemen as missing"
            continue
        if full_stop(ctx, m) or w in (":", "(", ")", "[", "]", "—", "–", '"', "“", "”", "and", "or", "nor") \
                or m in starts or w in _CLAUSE_OPENERS or w in MOVED_WORDS or w in RESCUE_WORDS:
            return None
        if w == ",":
            if ctx.w(m + 1) == "who" and not relative_comma and m == e:
                relative_comma = True  # "2,000 residents, who were unaccounted for"
                m += 1
                continue
            if not (m > e and ctx.w(m - 1) in ("of", "in")):  # "residents of the border districts, who ..."
                if not (ctx.w(m + 1) == "who" and not relative_comma and all(
                        ctx.w(x) in _AGENT_PREPS or ctx.w(x) in DETERMINERS or ctx.w(x).isalpha()
                        and ctx.w(x) not in L.NP_STOP for x in range(e, m))):
                    return None
                relative_comma = True
                m += 1
                continue
        if w in L.REPORTING_VERBS or w in SPEAKER_VERBS:
            if leads_to_cue(ctx, m + 1, head):  # "the regional police say were killed"
                m += 1
                continue
            return None
        if m > e and (w in L.PERSON_NOUNS or w in persons) and not _after_preposition(ctx, m) \
                and not _speaker_follows(ctx, m) and cue_at(ctx, m, head) is None:
            return None  # another subject: "30 residents saw soldiers who were killed"
        cue = cue_at(ctx, m, head)
        chain_start = m
        while chain_start > e and chainable(ctx.w(chain_start - 1)):
            chain_start -= 1
        chain = [ctx.w(x) for x in range(chain_start, m)]
        passive = bool(set(chain) & _PASSIVE)
        if cue is None and w == "buried" and passive and (ctx.w(m + 1) not in _NOT_BURIAL or ctx.w(m + 1) == "in" and any(
                ctx.w(x) in _BURIAL_PLACES for x in range(m + 2, min(n, m + 5)))):
            cue = ("killed", m + 1)  # "280 residents had been buried in mass graves" (not "buried under rubble")
        if cue is None and w in ("identified", "exhumed") and head in ("victims", "dead", "bodies", "remains") and passive:
            cue = ("killed", m + 1)  # "1,200 victims have been formally identified"
        if cue is not None and cue[0] == "wounded" and w in L.INJURY_NOUNS | {"wounds", "injuries"} \
                and _treated_with(ctx, e, m):
            return Link(q, "wounded", m, m + 1, a, e, "clause")  # "109 others were in hospital with wounds"
        if cue is None:
            m += 1
            continue
        ctype, cue_end = cue
        if w in ("trapped", "lives", "hit", "taken", "lost", "fell", "fallen") or w in L.INJURY_VERBS:
            return None  # cues the strict rules read with their own checks
        as_cue = ctx.w(m - 1) == "as" and ctype in ("missing", "killed", "wounded", "captured")
        if not (passive or as_cue or w in MAIN_VERB_CUES or cue_end > m + 1):
            return None
        if {"had", "have", "has"} & set(chain) and "been" not in chain and w not in MAIN_VERB_CUES and cue_end == m + 1:
            return None  # "... had killed 12": active
        if negated(chain + [ctx.w(m - 1), ctx.w(m - 2)]):
            return None
        if hypothetical_chain(chain) or any(ctx.w(x) in L.HYPOTHETICAL_WORDS - {"feared", "fears", "estimates"}
                                             for x in range(e, m)):
            return None  # "2,000 troops sent there are expected to be wounded"
        nxt = ctx.w(cue_end)
        if w in L.KILLED_BEFORE | L.WOUNDED_BEFORE | L.CAPTURED_BEFORE and not as_cue and (
                nxt[:1].isdigit() or nxt in L.PERSON_NOUNS or nxt in persons) and not passive:
            return None
        return Link(q, ctype, m, cue_end, a, e, "clause")
    return None


_CARE_WORDS = {"hospital", "hospitals", "hospitalised", "hospitalized", "treated", "treatment", "admitted", "referred",
               "evacuated", "care", "clinics", "clinic"}


def _treated_with(ctx: SentenceContext, e: int, m: int) -> bool:
    """Is the injury noun at m the people's own, in care: "were in hospital with wounds", "had been
    referred to hospitals with trauma injuries", "are being treated for injuries"? A copula or passive
    auxiliary and a word of care must stand between the people (ending at e) and "with"/"for"."""
    p = m - 1
    while p > e and m - p <= 3 and ctx.w(p).isalpha() and ctx.w(p) not in ("with", "for"):
        p -= 1  # adjectives: "trauma", "shrapnel", "serious"
    if ctx.w(p) not in ("with", "for"):
        return False
    between = {ctx.w(x) for x in range(e, p)}
    return bool(between & _PASSIVE) and bool(between & _CARE_WORDS) and not between & L.NEGATIONS


def _after_preposition(ctx: SentenceContext, k: int) -> bool:
    """Is the noun at k inside a prepositional phrase ("by Russian soldiers", "of the city's residents")?"""
    for x in range(k - 1, max(-1, k - 4), -1):
        w = ctx.w(x)
        if w in _AGENT_PREPS:
            return True
        if is_punct(w) and w != "'s" or w in L.NP_STOP - DETERMINERS:
            return False
    return False


def _speaker_follows(ctx: SentenceContext, k: int) -> bool:
    """Is the person noun at k the subject of a speaker's verb ("the regional police say")?"""
    return ctx.w(k + 1) in L.REPORTING_VERBS or ctx.w(k + 1) in SPEAKER_VERBS
