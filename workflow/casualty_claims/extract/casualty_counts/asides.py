"""What may stand between the people counted and their verb without breaking the link: footnote
markers and bracketed asides, comma insertions, speakers ("12 soldiers, the army said, were
killed") and relative clauses without "who"."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import cue_at, leads_to_cue
from casualty_claims.extract.casualty_counts.phrases import PARENTHETICAL
from casualty_claims.extract.casualty_counts.tokens import SUBJECT_PRONOUNS, count_starts, is_punct
from casualty_claims.extract.context import SentenceContext


def skip_brackets(ctx: SentenceContext, k: int) -> int:
    """Skip a footnote marker ("[12]") and a short aside in parentheses or between dashes
    after the people phrase: "12 soldiers (two of them officers) were killed", "six health
    workers -- four doctors, a nurse and a pharmacist -- had been abducted"."""
    n = len(ctx.toks)
    for _ in range(3):
        w = ctx.w(k)
        if w == "[" and ctx.w(k + 2) == "]" and (ctx.w(k + 1)[:1].isdigit() or len(ctx.w(k + 1)) <= 2):
            k += 3
            continue
        close = {"(": ")", "—": "—", "–": "–", "-": "-"}.get(w)
        if close is None or (w == "-" and ctx.toks[k - 1].end == ctx.toks[k].start):
            return k
        for m in range(k + 1, min(n, k + 22)):
            x = ctx.w(m)
            if x in (".", ";", "?", "!") or (close != ")" and x in ("(", ")")):
                return k
            if x == close:
                if m + 1 < n and leads_to_cue(ctx, m + 1, ""):
                    k = m + 1
                    break
                return k
        else:
            return k
    return k


_AUXILIARIES = {"were", "was", "are", "is", "had", "have", "has", "may", "might", "must", "remain", "remained"}
SPEAKER_VERBS = {"say", "says", "said", "believe", "believes", "believed", "estimate", "estimates", "claim",
                  "claims", "think", "thinks", "fear", "fears", "feared", "reckon", "reckons"}


def skip_zero_relative(ctx: SentenceContext, k: int, head: str) -> int:
    """A relative clause without "who" between the people and their verb: "1,600 attackers it
    says were killed", "seven of the hostages it is holding were killed", "40 soldiers Kyiv
    says died". Only a pronoun or a speaker's verb may open it, and it must lead to a cue."""
    if ctx.w(k) in SPEAKER_VERBS and leads_to_cue(ctx, k + 1, head):
        return k + 1
    if ctx.w(k) not in SUBJECT_PRONOUNS:
        return k
    for p in range(k + 1, min(len(ctx.toks), k + 5)):
        if is_punct(ctx.w(p)) or ctx.w(p) in ("who", "that", "which", "and", "but"):
            return k
        if ctx.w(p) in _AUXILIARIES and ctx.w(p - 1) not in L.CHAIN and leads_to_cue(ctx, p, head):
            return p
    return k


_INSERTION_STOP = {".", ";", ")", ":", "?", "!"}
BREAKDOWN_OPENERS = {"including", "among", "mostly", "mainly", "of"}
_AGE_OPENERS = {"aged", "ages", "age"}
_RELATIVE_OPENERS = {"which", "who", "whose", "where"}
_INSERTION_NOT_START = {"and", "or", "but", "while", "whereas", "as", "so", "then", "with"}


def _share_of_them(ctx: SentenceContext, k: int, starts) -> bool:
    """A breakdown opened by its own count: "40 people, 12 of them children, were killed",
    "175 civilians, 32 of whom were children, had died"."""
    return k in starts and ctx.w(k + 1) == "of" and ctx.w(k + 2) in ("them", "whom", "those")


def skip_insertion(ctx: SentenceContext, k: int, head: str, persons: set[str]) -> int:
    """The token after a comma-delimited insertion that starts at the comma at k.

    The insertion ends at the first comma followed by the verb group ("20 of its soldiers,
    including Colonel X, the commanding officer of Y, had been killed"; "17 more soldiers,
    critically injured and exposed to the cold, had died"; "12 soldiers, the army said, were
    killed"). Failing that, a parenthetical ("including ...", "most of them ...") ends at the
    next comma. Another count inside the insertion ends the search: it is a list, not an aside."""
    n = len(ctx.toks)
    starts = count_starts(ctx)
    if ctx.w(k + 1) not in _INSERTION_NOT_START:
        # ages and relative clauses hold numbers that are no list: "Twelve children, aged between 10
        # and 16, were killed", "Nine staff of X, which ran one of the last clinics, were among those killed"
        counts_inside = ctx.w(k + 1) in BREAKDOWN_OPENERS | _AGE_OPENERS | _RELATIVE_OPENERS \
            or _share_of_them(ctx, k + 1, starts)
        for m in range(k + 1, min(n, k + 26)):
            w = ctx.w(m)
            if w in _INSERTION_STOP or (m in starts and not (m == k + 2 and ctx.w(k + 1) == "not")
                                         and not counts_inside):
                break  # (a breakdown may hold counts: "613 residents, including 63 children, 106 women and ...")  # a count ends the search, except a correction: "dozens, not hundreds, had died"
            if w == "," and m > k + 1 and leads_to_cue(ctx, m + 1, head):
                return m + 1
    if ctx.w(k + 1) in PARENTHETICAL or ctx.w(k + 1) in persons:
        for m in range(k + 1, min(n, k + 14)):
            if ctx.w(m) == ",":
                return m + 1
            if ctx.w(m) in (".", ";", ")"):
                break
    return k


def skip_speaker(ctx: SentenceContext, k: int) -> int:
    """Skip a speaker inside a relative clause: "four soldiers who it said had died",
    "105,000 people who SOHR estimates died", "those who officials say were killed"."""
    for m in range(k + 1, min(len(ctx.toks), k + 5)):
        if ctx.w(m) in L.REPORTING_VERBS:
            between = [ctx.w(x) for x in range(k, m)]
            if not any(w in L.CHAIN or is_punct(w) or cue_at(ctx, x) is not None
                       for x, w in zip(range(k, m), between)):
                return m + 1
            break
    return k
