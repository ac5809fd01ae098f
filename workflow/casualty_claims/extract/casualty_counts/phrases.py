"""The people phrase after a count ("400 Russian soldiers", "two of the injured"), people joined
to it without a count of their own, and whether the count is a share of a larger group."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import ADJECTIVAL_CUES, cue_at
from casualty_claims.extract.casualty_counts.tokens import (
    DETERMINERS, SUBJECT_PRONOUNS, is_person_head, is_person_noun, is_punct,
)
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


PARENTHETICAL = {"including", "among", "mostly", "most", "many", "mainly", "all", "both", "nearly",
                 "almost", "some", "half", "majority", "primarily", "overwhelmingly", "largely",
                 "predominantly", "of", "none", "roughly", "about"}


# Adverbs of place and time that end a people phrase: "had lost 38,000 men there since August",
# "killed 12 people yesterday", "lost 500 soldiers overall". Without them the last adverb was
# read as the head, and a head that is no person blocks the claim.
_ADVERB_STOP = {"there", "here", "yesterday", "today", "tonight", "overnight", "overall", "altogether",
                "alone", "too", "again", "already", "so", "thus", "nationwide", "back",  # "took 253 hostages back to Gaza"
                # focus adverbs before the place or time they narrow: "lost 13,000 personnel just near Avdiivka"
                "just", "only", "mainly", "mostly", "largely", "primarily", "chiefly", "predominantly", "solely",
                "even", "respectively"}
# Prepositions NP_STOP leaves out, which end a people phrase too: "received more than 100 wounded
# within three hours" (else "within three hours" was read as the people, and as things)
_PREPOSITION_STOP = {"within", "outside", "throughout", "amid", "amidst", "against", "without", "despite", "until",
                     "till", "upon", "via", "following", "towards", "toward", "beyond", "behind", "along",
                     # "has lost about 1,000 troops between 24 February 2022 and 12 June 2025"
                     "between", "around", "alongside", "beside", "amongst", "aboard", "onto", "beneath",
                     "below", "above"}
# Adverbs that date a figure, even right after it: "up from 9 earlier", "63 previously"
_DATING_ADVERBS = {"earlier", "previously", "initially", "originally"}


def people_phrase(ctx: SentenceContext, j: int, limit: int | None = None) -> tuple[int, int]:
    """The people phrase starting at token j: modifiers and a head, up to `limit` tokens if given.

    Stops before auxiliaries, prepositions, conjunctions, punctuation (except joining
    hyphens), numbers and casualty cues. Without a limit the phrase runs to its last noun: a
    cut-off phrase takes a modifier for its head ("two US-made M113 armored personnel carriers"
    is no count of "personnel")."""
    if limit is None:
        limit = len(ctx.toks)
    k = j
    while k < len(ctx.toks) and k - j < limit:
        w = ctx.w(k)
        if w == "-" and k > j and ctx.toks[k - 1].end == ctx.toks[k].start:
            # a hyphenated compound is one word, stop words included: "comrades-in-arms"
            k += 2 if ctx.toks[k].end == ctx.toks[min(k + 1, len(ctx.toks) - 1)].start else 1
            continue
        if w == "." and k > j and _abbreviation_dot(ctx, k):
            k += 1  # "12 U.S. service members", "4 U.N. staff": the dots belong to the name
            continue
        if is_punct(w) or w[0].isdigit() or w in L.NP_STOP or w in _PREPOSITION_STOP or w in SUBJECT_PRONOUNS or w == "aged" or (
                w in _ADVERB_STOP and k > j) or w in _DATING_ADVERBS:
            if not (w in ("is", "are", "as", "an") and ctx.toks[k].text.isupper()):
                break  # not the acronyms "IS", "AS": "20 IS fighters"
        if w == "lost" and k > j and is_person_noun(ctx.w(k - 1)) and ctx.w(k + 1) in ("since", "during", "so"):
            break  # '"up to 945 servicemen" lost since the start'
        if k > j and w.endswith("ed") and len(w) > 4 and is_person_noun(ctx.w(k - 1)) \
                and ctx.w(k + 1) in ("with", "by", "to", "in", "from", "at", "on", "for", "as"):
            break  # a reduced relative: "500 terrorists affiliated with Hamas", "civilians housed in"
        if cue_at(ctx, k) is not None and not (w in ("wounded", "injured", "dead", "missing") and
                                               ctx.w(k + 1) in L.PERSON_NOUNS):
            break
        k += 1
    return j, k


def _abbreviation_dot(ctx: SentenceContext, k: int) -> bool:
    """Is the "." at token k the point of a dotted abbreviation ("U.S.", "U.N.", "U.K.")? A single
    letter before it, written together, and another letter after it or after the letter before it."""
    prev = ctx.w(k - 1)
    if not (len(prev) == 1 and prev.isalpha() and ctx.toks[k - 1].end == ctx.toks[k].start):
        return False
    nxt = ctx.w(k + 1)
    joined = k + 1 < len(ctx.toks) and ctx.toks[k].end == ctx.toks[k + 1].start
    return (joined and len(nxt) == 1 and nxt.isalpha()) or (ctx.w(k - 2) == "." and ctx.toks[k - 2].end == ctx.toks[k - 1].start)


def people_after_count(ctx: SentenceContext, q: Quantity) -> tuple[int, int]:
    j = _after_increment(ctx, q.tok_end)
    if ctx.w(j) == "of":
        j += 1
        if ctx.w(j) in ("them", "whom"):
            return j, j + 1
        if ctx.w(j) in DETERMINERS:
            j += 1
            if ctx.w(j) in ADJECTIVAL_CUES or ctx.w(j) in ("victims", "casualties", "fatalities"):
                return j, j + 1  # "two of the injured (later died)"
            whole = next((o for o in ctx.quantities if o.tok_start == j and o.qualifier == "exact"), None)
            if whole is not None and ctx.w(whole.tok_end)[:1].isalpha():
                j = whole.tok_end  # "14 of the 30 men in his group died": the share's people are the whole's
    if ctx.w(j) == "more" and ctx.w(j + 1) != "than":
        # "300 more were wounded", "30 more people were injured": more people, not a comparison
        _, k = people_phrase(ctx, j + 1)
        return j, max(k, j + 1)
    return people_phrase(ctx, j)


def _after_increment(ctx: SentenceContext, j: int) -> int:
    """Skip a bracketed change after a running total, or the bracket around the change itself:
    "201,390 (+560) persons were liquidated" -- both counts go with "persons"."""
    if ctx.w(j) == "(":
        k = j + 1 + (ctx.w(j + 1) in ("+", "-", "up"))
        if ctx.w(k)[:1].isdigit() and ctx.w(k + 1) == ")":
            return k + 2
    if ctx.w(j) == ")" and ctx.w(j - 2) == "(" and ctx.w(j - 3)[:1].isdigit() or \
            ctx.w(j) == ")" and ctx.w(j - 2) == "+" and ctx.w(j - 3) == "(" and ctx.w(j - 4)[:1].isdigit():
        return j + 1
    return j


def head_word(ctx: SentenceContext, a: int, b: int) -> str:
    """The head of the phrase [a, b): its last word, or the last before an "of" that opens a
    complement ("nine members of Hamas", "373 members of the security forces")."""
    of = next((k for k in range(a + 1, b) if ctx.w(k) == "of"), b)
    return ctx.w(of - 1) if of > a else ""


def counts_things(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the phrase count things? A person head outweighs its modifiers ("six drone operators")."""
    if b > a and ctx.w(b - 1) not in L.NONPERSON_NOUNS and is_person_noun(ctx.w(b - 1)):
        return False
    return any(ctx.w(k) in L.NONPERSON_NOUNS for k in range(a, b))


# "a"/"an": "Two soldiers and a civilian were killed" -- the singular is no count of its own
# (the gold never counts "a civilian" as 1), but it must not cut the count off from its verb
_COORD_DETERMINERS = {"their", "his", "her", "its", "other", "the", "several", "some", "many", "dozens",
                      "also", "fellow", "a", "an"}


def coordinated_people(ctx: SentenceContext, k: int, persons: set[str]) -> int | None:
    """The end of a people phrase without a count joined at token k ("and their companions",
    ", women and children"), or None. The joined phrase must end in a person noun."""
    j = k + 1
    if ctx.w(k) == "," and ctx.w(j) in ("and", "or"):
        j += 1
    if ctx.w(j) in PARENTHETICAL:
        return None  # ", mostly civilians,": an aside about the same people
    while ctx.w(j) in _COORD_DETERMINERS and j < k + 4:
        j += 1
    if ctx.w(j) == "of" and ctx.w(j - 1) in ("dozens", "several", "some", "many"):
        j += 1
    a, e = people_phrase(ctx, j, limit=4)
    e = next((x for x in range(a + 1, e) if ctx.w(x) in L.CHAIN), e)  # "boys remain missing"
    if e == a or ctx.w(a)[:1].isdigit() or not is_person_head(head_word(ctx, a, e), persons):
        return None
    return e


def count_ends_at(ctx: SentenceContext, k: int) -> bool:
    """Does a count (or "all", "most", "none", "some") end just before token k?"""
    return any(o.tok_end == k for o in ctx.quantities) or ctx.w(k - 1) in ("all", "most", "none", "many", "some", "half")


def whole_group(ctx: SentenceContext, q: Quantity) -> bool:
    """Is the count the whole a share is taken from ("two of the four attackers", "Of 40
    passengers, ...")? Not a count after a noun's "of" ("reports of hundreds of civilians and
    unarmed fighters being executed")."""
    if not partitive(ctx, q):
        return False
    qs = ctx.tok_at_char(q.qual_start)
    of = qs - 1 if ctx.w(qs - 1) == "of" else qs - 2
    return of == 0 or is_punct(ctx.w(of - 1)) or count_ends_at(ctx, of)


def partitive(ctx: SentenceContext, q: Quantity) -> bool:
    """'Of the 40 passengers, 12 were killed': the 40 are the whole group, not the victims."""
    qs = ctx.tok_at_char(q.qual_start)
    return ctx.w(qs - 1) == "of" or (ctx.w(qs - 1) in ("the", "those", "these") and ctx.w(qs - 2) == "of")
