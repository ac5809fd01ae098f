"""Links that look like claims but are not: comparisons, rates derived from totals, ratios,
negated, conditional and threatened counts, and captives exchanged or rescued."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.comparisons import historical_at, is_comparison
from casualty_claims.extract.casualty_counts.cues import TYPE_OF_VERB_BEFORE
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.tokens import HOSTAGE_HEADS, full_stop, is_punct, word_at
from casualty_claims.extract.context import SentenceContext


def _negated_before(ctx: SentenceContext, qs: int) -> bool:
    """A negation just before the count, in the same clause: "not consistent with hundreds
    of deaths", "never 40 soldiers". "no fewer than" is a qualifier, already inside the count."""
    for k in range(qs - 1, max(-1, qs - 4), -1):
        w = ctx.w(k)
        if is_punct(w) or w in ("that", "but", "and", "said", "says", "only"):
            return False
        if w in ("not", "never", "no", "none", "neither", "nobody") or w.endswith("n't"):
            if w == "no" and k + 2 < qs and ctx.w(k + 1).isalpha() and ctx.w(k + 1) not in ("more", "fewer", "less", "one") \
                    and ctx.w(k + 2) in ("with", "from", "on", "about", "for", "to"):
                return False  # a noun is denied, not the count: "had no contact with about 2,000 residents"
            return ctx.w(k + 1) not in _NOT_NEGATING  # also "none of the 30 crew was hurt"
    return False


# After "not", these deny the counting, not the deaths: "the figure does not include the tens
# of thousands who remain missing" still says they are missing.
_NOT_NEGATING = {"only", "include", "includes", "including", "count", "counting", "know", "say", "specify",
                 "give", "cover", "reflect"}

# Hostages rescued or freed are not new captives: "the raid rescued four hostages abducted in 2023".
RESCUE_WORDS = {"rescued", "rescue", "rescuing", "rescues", "liberated", "liberating", "liberation", "extracted",
                 "recovered", "reunited", "retrieved"}
_PERIODS = {"day", "week", "month", "year", "hour", "minute", "night", "days", "weeks", "months", "years"}


def _rate(ctx: SentenceContext, k: int) -> bool:
    """A rate after a count: "more than 300 a month", "40 people per day", "12 each week".
    Not "a day earlier" or "a week ago"."""
    if ctx.w(k) in ("a", "an", "per", "each", "every") and ctx.w(k + 1) in _PERIODS:
        return ctx.w(k + 2) not in ("ago", "earlier", "later", "before", "after", "since")
    return False


# A court counts offences, not the dead: "convicted of 27 murders", "acquitted of 5 killings",
# "charged with 14 attempted murders" (CONVENTIONS.md rules nothing on them: no claim, to be safe).
_OFFENCE_NOUNS = {"murders", "murder", "killings", "killing", "homicides", "homicide", "manslaughters", "abductions",
                  "kidnappings", "counts", "charges", "offences", "offenses"}
_LEGAL_WORDS = {"convicted", "conviction", "convictions", "guilty", "charged", "charges", "acquitted", "acquittal",
                "indicted", "indictment", "accused", "sentenced", "jailed", "prosecuted", "pleaded", "pleads",
                "faces", "facing", "trial", "tried", "court", "tribunal", "verdict", "counts"}


def _offence_count(ctx: SentenceContext, qs: int, q_end: int) -> bool:
    """Is the count a number of offences in a court's words ("convicted of 27 murders", "14 attempted
    murders")? Not "convicted of murdering 27 people": that counts the dead."""
    nxt = ctx.w(q_end)
    if nxt == "attempted" or nxt == "counts" and ctx.w(q_end + 1) == "of":
        return True
    if nxt not in _OFFENCE_NOUNS:
        return False
    for k in range(qs - 1, max(-1, qs - 12), -1):
        if full_stop(ctx, k):
            return False
        if ctx.w(k) in _LEGAL_WORDS:
            return True
    return False


_QUESTION_OPENERS = {"is", "are", "was", "were", "did", "do", "does", "can", "could", "will", "would", "should",
                     "has", "have", "had", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "don't"}


def yes_no_question(ctx: SentenceContext) -> bool:
    """Does the sentence ask whether ("Q: Were 20 soldiers captured?", "Is it true that 50 died?")?
    It asserts no figure. A turn label before the question is read through."""
    if not ctx.sentence.text.rstrip().rstrip('"\'”’').endswith("?"):
        return False
    k = 0
    colon = next((x for x in range(min(len(ctx.toks), 8)) if ctx.w(x) == ":"), None)
    if colon is not None and all(ctx.toks[x].text.isupper() or ctx.w(x) in ("(", ")") or ctx.w(x)[:1].isdigit()
                                 for x in range(colon)):
        k = colon + 1  # "Q:", "Q2 (Reuters):", "JOURNALIST:"
    return ctx.w(k) in _QUESTION_OPENERS


_KNOWING_VERBS = {"confirm", "verify", "say", "establish", "document", "determine", "report", "identify", "count"}


def filtered(ctx: SentenceContext, link: Link) -> bool:
    """Comparisons with other wars, conditionals, prisoner exchanges, modal verbs before."""
    q = link.qty
    qs = ctx.tok_at_char(q.qual_start)
    prev = ctx.w(qs - 1)
    if is_comparison(ctx, qs):
        return True
    if (_rate(ctx, q.tok_end) or (link.np_end > q.tok_end and _rate(ctx, link.np_end))
            or (link.cue_end > q.tok_end and _rate(ctx, link.cue_end))) and (
            {"average", "averaging", "averaged", "avg"} & set(ctx.low) or q.qualifier != "vague"
            or any(o.tok_start < q.tok_start and o.value > q.value for o in ctx.quantities)):
        # a rate ("1,000 men a day", "983 casualties per day") is derived from a total or a
        # period's toll, not a count of people; "losing dozens of men a day" on its own is a
        # claim (a vague figure is how the speaker sizes the losses); "in a day" is no rate
        return True
    end = max(link.np_end, q.tok_end)
    if ctx.w(end) == "for" and ctx.w(end + 1) in ("every", "each"):
        return True  # a ratio: "Russia lost seven soldiers for every Ukrainian"
    if _ratio(ctx, qs, q.tok_end):
        return True
    if ctx.w(0) in ("had", "were") and ("would" in ctx.low[:qs] or {"would", "could", "might"} & set(ctx.low)):
        return True  # "Had Daesh been left in the city, it would have killed thousands"; "..., 1,000 could have died"
    if _negated_before(ctx, qs) or _offence_count(ctx, qs, q.tok_end) or yes_no_question(ctx):
        return True
    if link.ctype == "killed" and _natural_death(ctx, link.cue_end):
        return True
    if _disaster_toll(ctx, link, qs):
        return True
    if prev == "than" or (prev in ("the", "a") and ctx.w(qs - 2) == "than"):
        return True
    if prev in ("compared", "versus", "vs") or (ctx.w(qs - 2) == "compared" and prev in ("with", "to")):
        return True
    window = range(max(0, q.tok_start - 4), min(len(ctx.toks), max(link.cue_end, link.np_end) + 8))
    if any(historical_at(ctx, k) for k in window):
        return True
    # "if ..." before the count in the same sentence part
    for k in range(qs - 1, max(-1, qs - 14), -1):
        w = ctx.w(k)
        if w in (";", ".", ":", "—", "–"):
            break
        if w in ("if", "unless", "lest"):
            return True
    if _modal_casualty_verb(ctx, qs):
        return True
    # "could leave 400 dead", "threatens to kill thousands"
    before = [word_at(ctx, k) for k in range(max(0, qs - 3), qs)]
    for idx, w in enumerate(before):
        hedge = link.how == "toll" and w in ("could", "may", "might") and before[idx + 1:idx + 2] == ["be"]
        knowing = before[idx + 1:idx + 2] and before[idx + 1] in _KNOWING_VERBS  # "it could confirm that at least 12"
        if w in L.MODALS_HYPOTHETICAL and "have" not in before[idx + 1:] and link.how in ("right", "toll") \
                and not hedge and not knowing:  # "the true toll could be up to 20,000" is an estimate
            if not any(is_punct(x) for x in before[idx + 1:]):
                return True
        if w in ("threatened", "threatens", "threatening", "vowed", "vows", "risk", "risks", "risking"):
            return True
    if link.ctype == "captured" and link.cue_end <= q.tok_start and _share_freed_or_held(ctx, q.tok_end):
        return True  # "took 250 hostages, more than 100 of whom were released": the share is freed, not taken
    if link.ctype == "missing" and _hostages_still_held(ctx, link):
        return True  # "About 125 hostages remain unaccounted for": hostages still held
    if link.ctype == "captured":
        lo, hi = max(0, q.tok_start - 6), min(len(ctx.toks), link.cue_end + 6)
        lo = max([lo] + [k + 1 for k in range(lo, q.tok_start) if full_stop(ctx, k) or ctx.w(k) == ":"])
        hi = min([hi] + [k for k in range(link.cue_end, hi) if full_stop(ctx, k) or ctx.w(k) == ":"])
        # the clause of the capture only: not "... were abducted; 2,700 remain missing"; a release
        # told after a capture verb ("were taken captive during the clash and freed") is a later
        # event of the people captured, not a count of people released
        verbal = link.how == "right" and ctx.w(link.cue_start) not in HOSTAGE_HEADS and \
            any(ctx.w(k) in ("were", "was", "been", "being") for k in range(max(0, link.cue_start - 3), link.cue_start))
        after = next((k for k in range(link.cue_end, hi) if ctx.w(k) in ("and", "but", "before", "until")), hi) \
            if verbal and not any(ctx.w(k) in ("held", "holding", "holds", "remain", "remaining", "still")
                                  for k in range(link.cue_end, hi)) else hi  # hostages still held
        if any(ctx.w(k) in L.EXCHANGE_WORDS or ctx.w(k) in RESCUE_WORDS for k in range(lo, after)):
            return True
        for k in range(link.cue_end, min(len(ctx.toks), link.cue_end + 25)):
            if ctx.w(k) in (",", ";", ".", ":", "—", "–"):
                break
            if ctx.w(k) in RESCUE_WORDS:
                return True  # "four hostages abducted from the festival on 7 October were rescued"
    return False


def _share_freed_or_held(ctx: SentenceContext, k: int) -> bool:
    """Does a share "of whom"/"of them" at token k go on, in its own clause, to be freed, swapped
    or still held ("57 of whom remain in Gaza", "12 of whom have since been freed")?"""
    if ctx.w(k) != "of" or ctx.w(k + 1) not in ("whom", "them", "those"):
        return False
    for x in range(k + 2, min(len(ctx.toks), k + 10)):
        w = ctx.w(x)
        if is_punct(w) and w != "-":
            return False
        if w in L.EXCHANGE_WORDS or w in RESCUE_WORDS:
            return True
    return False


def _hostages_still_held(ctx: SentenceContext, link: Link) -> bool:
    """Are the missing counted hostages that "remain"/"are still" unaccounted for? Hostages still
    held are no new casualty (CONVENTIONS.md)."""
    people = {ctx.w(x) for x in range(link.np_start, link.np_end)}
    if not people & HOSTAGE_HEADS:
        return False
    return any(ctx.w(x) in ("remain", "remains", "remained", "still") for x in range(link.np_start, link.cue_start))


def _ratio(ctx: SentenceContext, qs: int, q_end: int) -> bool:
    """Is the count a term of a ratio: "10-20:1", "3:1", "two out of every three", "for every dead
    soldier, 3-4 are wounded", "the ratio of bodies ... was one to seven"?"""
    joined = q_end + 1 < len(ctx.toks) and ctx.toks[q_end - 1].end == ctx.toks[q_end].start \
        and ctx.toks[q_end].end == ctx.toks[q_end + 1].start  # not a list after a colon: "at 1,139: 695 ..."
    if ctx.w(q_end) == ":" and joined and ctx.w(q_end + 1)[:1].isdigit():
        return True
    if ctx.w(q_end) == "out" and ctx.w(q_end + 1) == "of" and ctx.w(q_end + 2) in ("every", "each"):
        return True
    if ctx.w(qs - 1) in ("every", "each") and ctx.w(qs - 2) == "of" and ctx.w(qs - 3) == "out":
        return True
    for k in range(qs - 1, max(-1, qs - 12), -1):
        w = ctx.w(k)
        if w in (".", ";", "?", "!", ":", "—", "–"):
            return False
        if w in ("ratio", "ratios") or (w == "for" and ctx.w(k + 1) in ("every", "each") and k + 2 < qs):
            return True
    return False


_NATURAL_CAUSES = {("natural", "causes"), ("old", "age"), ("illness",), ("illnesses",), ("disease",), ("diseases",),
                   ("heart", "attack"), ("heart", "attacks"), ("cancer",)}


def _natural_death(ctx: SentenceContext, k: int) -> bool:
    """Does "of natural causes / old age / illness" follow the death cue ending at token k? No
    casualty of the war ("13 people who had died of natural causes" buried with the dead)."""
    if ctx.w(k) not in ("of", "from"):
        return False
    return any(tuple(ctx.w(k + 1 + n) for n in range(len(c))) == c for c in _NATURAL_CAUSES)


def _disaster_toll(ctx: SentenceContext, link: Link, qs: int) -> bool:
    """Is a natural disaster the subject of the verb before the count ("the earthquake that struck
    near Mandalay, killing more than 3,700 people", "floods have killed 40")? Not when an attack
    stands nearer the count ("the shelling after the earthquake killed 12"). People who "died in
    the floods" are left to the reader (tests/test_extract_recall.py counts them)."""
    if link.how != "left":
        return False
    for k in range(min(qs, link.cue_start) - 1, max(-1, qs - 25), -1):
        w = ctx.w(k)
        if w in (";", ".", ":") or w in L.ATTACK_NOUNS or w in L.REPORTING_VERBS:
            return False
        if w in L.DISASTER_NOUNS and _phrase_head(ctx, k):
            return True
    return False


def _phrase_head(ctx: SentenceContext, k: int) -> bool:
    """Does the noun phrase end at token k ("the earthquake that struck", "floods have"), so that
    the word is its head, not a modifier ("the earthquake relief convoy")?"""
    nxt = ctx.w(k + 1)
    return not nxt or is_punct(nxt) or nxt in L.NP_STOP or nxt in L.CHAIN or nxt in TYPE_OF_VERB_BEFORE


# Verbs whose object is a toll: "would cost the two armies 400,000 further casualties", "could
# leave thousands more dead". After a modal they foretell; the count is no claim.
_TOLL_VERBS = {"cost", "leave", "cause", "kill", "claim", "mean", "bring", "add", "inflict", "wound", "take"}


def _modal_casualty_verb(ctx: SentenceContext, qs: int) -> bool:
    """Is the count the object of a toll verb after a modal, in the same clause ("a renewed push
    could cost Russian forces tens of thousands more casualties")? Not "would have cost" (a
    counterfactual the 3-token rule and the speaker's own words handle), not across a comma."""
    for k in range(qs - 1, max(-1, qs - 9), -1):
        w = ctx.w(k)
        if is_punct(w) or w in ("that", "which", "who", "and", "but", "said", "says"):
            return False
        if w in _TOLL_VERBS:
            m = k - 1
            while ctx.w(m) in ("also", "still", "easily", "only", "eventually", "ultimately", "soon") and m > k - 3:
                m -= 1
            return ctx.w(m) in L.MODALS_HYPOTHETICAL
    return False
