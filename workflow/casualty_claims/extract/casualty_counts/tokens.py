"""Tests on single tokens around a count that every rule asks: punctuation, clause ends, person
nouns, numerals, the month "May", and the words that recur across the rules."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import TENS, UNITS
from casualty_claims.sentences import TITLES


DETERMINERS = {"the", "those", "these", "its", "their", "his", "her", "our", "your", "whose"}

PREPOSITIONS = {"in", "at", "on", "near", "inside", "from", "aboard", "across", "around", "outside",
          "within", "throughout"}

HOSTAGE_HEADS = {"hostages", "hostage", "prisoners", "prisoner", "captives", "captive", "pows", "pow"}


def is_punct(tok: str) -> bool:
    return bool(tok) and not tok[0].isalnum()


def full_stop(ctx: SentenceContext, k: int) -> bool:
    """Does token k end a clause ("." "?" "!" ";")? Not the point of an abbreviation ("since
    Oct. 7", "the U.N. count", "Lt. Gen. Ghai")."""
    w = ctx.w(k)
    if w in (";", "?", "!"):
        return True
    if w != ".":
        return False
    prev = ctx.w(k - 1)
    if k > 0 and ctx.toks[k - 1].end == ctx.toks[k].start and (prev in TITLES or (len(prev) == 1 and prev.isalpha())):
        return False
    return True


def is_person_noun(head: str) -> bool:
    return head in L.PERSON_NOUNS or plural(head) in L.PERSON_NOUNS


def is_person_head(head: str, persons: set[str]) -> bool:
    return head in persons or is_person_noun(head)


def plural(noun: str) -> str:
    """The plural the person lists hold for a singular head ("one sailor", "a policeman")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you"}

CORPSES = {"bodies", "corpses", "coffins", "caskets", "cadavers", "body", "corpse", "coffin", "shrouds"}


def unknown_after(ctx: SentenceContext, e: int) -> bool:
    """Is what follows, in the same clause, that it is unknown ("remains unknown", "is still
    unclear", "are not known")? Asides between commas are read through."""
    for k in range(e, min(len(ctx.toks), e + 16)):
        w = ctx.w(k)
        if w in (".", ";", "?", "!"):
            return False
        if w in ("unknown", "unclear", "uncertain", "unresolved", "undetermined") or \
                (w == "known" and ctx.w(k - 1) in ("not", "never", "n't")):
            return True
    return False


# Groups of people counted as groups: a count of them is no head count.
COLLECTIVES = {"family", "families", "household", "households", "group", "groups", "clan", "clans", "tribe",
                "tribes", "generation", "generations", "delegation", "delegations"}


def count_starts(ctx: SentenceContext) -> set[int]:
    """The tokens where a count starts, its qualifier ("at least") or its number."""
    return {ctx.tok_at_char(o.qual_start) for o in ctx.quantities} | {o.tok_start for o in ctx.quantities}


def count_at(ctx: SentenceContext, k: int) -> bool:
    """Does a count start at token k ("SOHR's count of 341": the figure named, not a count of things)?"""
    return k in count_starts(ctx)


def negated(words: list[str]) -> bool:
    """Does a negation stand among the words ("were not killed", "hadn't died")?"""
    return any(w in L.NEGATIONS or w.endswith("n't") for w in words)


def is_numeral(w: str) -> bool:
    return bool(w) and (w[0].isdigit() or w in UNITS or w in TENS or w in ("a", "an", "half"))


def word_at(ctx: SentenceContext, k: int) -> str:
    """Token k, lower-case, with the month "May" told apart from the modal "may"."""
    w = ctx.w(k)
    if w == "may" and k > 0 and ctx.toks[k].text == "May":
        return "may-month"  # "said in May that 2,439 fighters had surrendered", "on 11 May"
    return w


_BULLETS = {"-", "–", "—", "•", "·", "*", ">"}


def opening(ctx: SentenceContext) -> int:
    """The first word of the sentence after a list bullet ("- Of the civilians killed, five were
    children"): rules that read the head of a sentence start there."""
    k = 0
    while k < 2 and ctx.w(k) in _BULLETS:
        k += 1
    return k
