"""Toll phrases: TOLL ... LINK COUNT ("the death toll rose to 89", "estimates range from 5,000
to 8,000", "bring the toll ... to 44"), and the type of a generic figure noun."""

from __future__ import annotations

from dataclasses import replace

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import cue_at, sentence_type, type_cue
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import counts_things, people_after_count, people_phrase
from casualty_claims.extract.casualty_counts.tokens import (
    count_at, full_stop, is_person_noun, is_punct, negated, opening, word_at,
)
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import RANGE_VERBS, Quantity


def toll_link(ctx: SentenceContext, q: Quantity, discourse_type: str | None = None) -> Link | None:
    """TOLL ... LINK COUNT. A generic figure noun ("the figure rose to 89") takes its type from
    the words after it, else the sentence, else `discourse_type` (the claims just before)."""
    qs = ctx.tok_at_char(q.qual_start)
    if ctx.toks[q.tok_start].low == "one" and q.tok_end == q.tok_start + 1 and (
            ctx.w(q.tok_end) in ("of", "part", "side", "reason", "example", "thing", "aspect", "piece", "way")
            or (ctx.w(q.tok_end).isalpha() and ctx.w(q.tok_end) not in L.NP_STOP
                and not is_person_noun(ctx.w(q.tok_end)))):
        return None  # "The theatre's toll is one part of a far larger one": a share, not a count
    if ctx.w(qs - 1) == "to" and ctx.w(qs - 2) in _BRING_VERBS and ctx.w(q.tok_end) == "the":
        return _inverted_toll(ctx, q, discourse_type)
    # the word before the qualifier first: "estimated Russian military dead at up to 250,000" links
    # by "at", not by the "to" of "up to"
    candidates = [qs - 1, q.tok_start - 1] if qs < q.tok_start else [q.tok_start - 1, qs - 1]
    if ctx.w(qs - 1) in _FOCUS_ADVERBS:
        candidates.append(qs - 2)  # "its number of dead is only 498", "the toll stood at just 12"
    size = 1 if ctx.w(qs - 1) in ("low", "high", "mid", "upper", "lower") else 0  # "in the low hundreds"
    if ctx.w(qs - 1 - size) == "the" and ctx.w(qs - 2 - size) == "in" and q.qualifier == "vague":
        # "the true toll was in the hundreds", "... was probably / almost certainly in the hundreds"
        c = qs - 3 - size
        while ctx.w(c) in _TOLL_ADVERBS and c > qs - 6:
            c -= 1
        candidates.append(c)
        if ctx.w(c) in L.TOLL_NOUNS and L.TOLL_NOUNS[ctx.w(c)] and ctx.w(c + 1) == "in":
            candidates.insert(0, c + 1)  # "a death toll in the low hundreds"
    link_at = next((c for c in candidates if ctx.w(c) in L.TOLL_LINKS or
                    (ctx.w(c) == "in" and ctx.w(c - 1) in L.TOLL_NOUNS)), None)
    names = ctx.w(q.tok_end) == "names" and ctx.w(qs - 1) in _LIST_VERBS | {"to"}  # "the list of the dead contained 9,606 names"
    if link_at is None and names:
        link_at = qs - 1
    if link_at is None and ctx.w(qs - 1) in ("from", "between") and ctx.w(qs - 2) in RANGE_VERBS:
        link_at = qs - 1  # "estimates of the dead range from 5,000 to 8,000"
    if link_at is None and ctx.w(qs) == "between" and ctx.w(qs - 1) in RANGE_VERBS:
        link_at = qs  # "estimates of civilian deaths vary between 300 and 1,000"
    if link_at is None and ctx.w(qs - 1) == "from" and ctx.w(qs - 2) in ("up", "down"):
        link_at = qs - 1  # "The figure is up from 356 a few hours ago": the old figure
    if link_at is None and ctx.w(qs - 1) in ("number", "numbered") and L.TOLL_NOUNS.get(ctx.w(qs - 2)):
        link_at = qs - 1  # "its dead number 120": the verb "number" after a casualty noun
    if link_at is None and ctx.w(qs - 1) == "be" and ctx.w(qs - 2) in ("could", "may", "might"):
        link_at = qs - 1  # "the real toll may be 500": a hedged estimate
    if link_at is None:
        if qs < q.tok_start and ctx.w(qs - 1) in L.TOLL_NOUNS:
            link_at = qs  # "put the death toll as high as 150,000"
        else:
            return None
    if ctx.w(link_at) in ("past", "beyond") and ctx.w(link_at - 1) not in L.TOLL_RISE_VERBS:
        return None  # "the toll over the past 30 days": a time, not a link
    if ctx.w(link_at) == "of" and is_person_noun(ctx.w(link_at - 1)) and L.TOLL_NOUNS.get(ctx.w(link_at - 1), 0) == 0:
        return None  # "seven members of one family": the count inside another count's people, not a toll
    if ctx.w(link_at) in L.TOLL_MORE_THAN and q.qualifier == "exact":
        q = replace(q, high=None, qualifier="more_than")
    elif ctx.w(link_at) in L.TOLL_APPROX and q.qualifier == "exact":
        q = replace(q, qualifier="approx")  # CONVENTIONS: "nearly 300" is approx, so is "neared 300"
    for m in range(link_at - 1, max(-1, link_at - 28), -1):
        w = ctx.w(m)
        if full_stop(ctx, m):
            return None
        if w in (",", "—", "–", '"') and m < link_at - 16:
            # far from the figure, the toll noun must be in the same clause, unless a verb fixes the
            # construction: "bring the toll among troops in ..., and in ..., to 44"
            return _far_toll(ctx, q, link_at)
        if w in L.TOLL_NOUNS:
            if ctx.w(link_at) == "of" and any(is_punct(ctx.w(x)) for x in range(m + 1, link_at)):
                return None  # "a toll of 38", not "numbers of civilians in Aksum, a city of roughly 70,000"
            ctype = L.TOLL_NOUNS[w]
            prev = ctx.w(m - 1)
            if w in ("killed", "wounded", "injured", "dead") and prev in ("and", "or") and ctx.w(m - 2) in ("dead", "killed", "wounded", "injured"):
                ctype = "casualties"  # "the dead and wounded together number more than 400"
            if w == "toll":
                ctype = _toll_type(prev)
            if w in ("losses", "loss") and (prev in L.NONPERSON_NOUNS or prev in _THING_LOSSES):
                return None  # "Russian tank losses at 40", "equipment losses": things, not people
            if w == "losses" and prev in ("irretrievable", "irrecoverable"):
                ctype = "killed"  # the Russian army's term for the dead (and missing)
            elif w in ("killed", "wounded", "injured", "missing", "dead") and prev not in _NOUN_DETERMINERS \
                    and not _adjective_after_determiner(ctx, m) and not _named_victims(ctx, m) \
                    and not (ctx.toks[m - 1].text[:1].isupper() and ctx.w(m - 2) in ("the", "of")) \
                    and not (ctx.w(link_at) == ":" and m == link_at - 1) and not _estimated_at(ctx, m, link_at):
                continue  # "89 killed ... at" is not a toll noun; "Soldiers killed: 40" is a label
            if ctype is None and ctx.w(m + 1) == "of" and counts_things(ctx, *_of_phrase(ctx, m + 2)):
                return None  # "bringing the number of attacks this month to 30": a count of things
            if ctype is None:
                ctype = _generic_toll_type(ctx, m)
                if ctype is None and w in FIGURE_NOUNS and not (ctx.w(m + 1) == "of" and ctx.w(m + 2) not in _FIGURE_OF
                                                                 and not count_at(ctx, m + 2)):
                    ctype = discourse_type  # not "the number of trucks"
                if ctype is None:
                    continue
            between = [word_at(ctx, x) for x in range(m + 1, link_at)]  # the month "May" is no modal
            core = [word_at(ctx, x) for x in range(m + 1, min(link_at + 1, qs))]
            hedged = core[-2:] in (["could", "be"], ["may", "be"], ["might", "be"])
            if any(x in ("will", "would", "could", "may", "might", "expected", "likely", "set") for x in between) \
                    and "have" not in between and not (hedged and "will" not in between and "would" not in between):
                return None  # "the toll could rise to 1,000"; not "the true figure could be up to 20,000"
            if negated(between):
                return None
            if any(x in ("age", "ages", "aged") for x in between):
                return None  # "the dead ranged in age from 3 to 80", "those killed were aged 19": ages
            a, e = people_after_count(ctx, q)
            if names:
                if "list" not in ctx.low[max(0, m - 4):m] and ctx.w(m - 1) != "list":
                    return None  # the names on a list of the dead are the dead
                return Link(q, ctype, m, m + 1, a, a, "toll")
            if counts_things(ctx, a, e):
                return None
            return Link(q, ctype, m, m + 1, a, e, "toll")
    return _far_toll(ctx, q, link_at)


def _adjective_after_determiner(ctx: SentenceContext, m: int) -> bool:
    """Is the casualty word at m a noun after a determiner and an adjective ("Among the named dead
    are", "the civilian wounded number 300")? Not "killed" ("the soldiers killed" is a verb)."""
    prev = ctx.w(m - 1)
    if ctx.w(m) == "killed" or ctx.w(m - 2) not in _NOUN_DETERMINERS - {"of"} or not prev.isalpha():
        return False
    return prev.endswith(("ed", "ian")) and prev not in L.NP_STOP or prev in _DEAD_ADJECTIVES


_DEAD_ADJECTIVES = {"total", "known", "official", "combined", "overall", "military", "war", "civilian"}

# Words that make the casualty word after them a noun ("its dead number 120", "the dead")
_NOUN_DETERMINERS = {"the", "of", "its", "their", "our", "his", "her"}
# Focus adverbs between a toll's link and its figure: "is only 498", "at just 12", "stood at a mere 9".
_FOCUS_ADVERBS = {"only", "just", "merely", "officially", "still", "now",
                  # hedges of an estimate: "the total number injured was likely more than 100"
                  "likely", "probably", "possibly", "perhaps", "reportedly", "already", "somewhere", "anywhere"}

_THING_LOSSES = {"equipment", "materiel", "hardware", "territorial", "economic", "financial", "revenue", "job", "crop",
                 "armour", "armor", "aviation", "naval", "air", "power", "energy", "data", "weight", "blood"}
_ESTIMATE_VERBS = {"put", "puts", "putting", "placed", "places", "placing", "estimated", "estimates", "estimate",
                   "estimating", "set", "sets", "setting"}


def _named_victims(ctx: SentenceContext, m: int) -> bool:
    """Does the past participle at m name the victims as a noun phrase, like "the dead": "(among)
    those killed (were)", "the people wounded (included)"? Not "12 killed", "soldiers killed"."""
    prev = ctx.w(m - 1)
    if prev in ("those", "these"):
        return True
    return is_person_noun(prev) and ctx.w(m - 2) in ("the", "those", "these")


def _estimated_at(ctx: SentenceContext, m: int, link_at: int) -> bool:
    """Is the casualty word at m the object of an estimate "at" the figure: "put its own military dead
    at 2,908", "estimated enemy wounded at 1,200"? Only words of a noun phrase between the verb and it."""
    if ctx.w(link_at) != "at" or link_at != m + 1:
        return False
    for v in range(m - 1, max(-1, m - 6), -1):
        if ctx.w(v) in _ESTIMATE_VERBS:
            return True
        if not ctx.w(v).isalpha() and ctx.w(v) != "'s" or ctx.w(v) in L.NP_STOP - {"its", "their", "his", "her", "our"}:
            return False
    return False


def _toll_type(before: str) -> str:
    """The type of "toll" from the word before it: "casualty toll", "injury toll", else deaths."""
    return {"casualty": "casualties", "injury": "wounded", "injuries": "wounded", "wounded": "wounded",
            "injured": "wounded", "missing": "missing"}.get(before, "killed")


def _far_toll(ctx: SentenceContext, q: Quantity, link_at: int) -> Link | None:
    far = _brought_toll(ctx, link_at) if ctx.w(link_at) == "to" else None
    if far is None:
        return None
    a, e = people_after_count(ctx, q)
    return None if counts_things(ctx, a, e) else Link(q, far[0], far[1], far[1] + 1, a, e, "toll")


# Nouns that name a casualty figure only when the text around says of what ("the figure rose").
FIGURE_NOUNS = {"figure", "figures", "tally", "count", "total", "estimate", "estimates", "toll", "number"}
# "the number of the dead", "the figure of those killed": an "of" that keeps the figure a casualty figure
_FIGURE_OF = {"the", "those", "people", "persons", "victims", "them", "casualties", "dead", "fatalities"}
_TOLL_ADVERBS = {"probably", "likely", "possibly", "certainly", "almost", "already", "now", "still", "well",
                 "actually", "really", "surely", "perhaps", "likelier", "reportedly", "believed", "thought", "be",
                 "to", "somewhere"}

_LIST_VERBS = {"contained", "contains", "contain", "held", "holds", "bore", "bears", "listed", "lists", "had", "has",
               "included", "includes", "numbered"}
_BRING_VERBS = {"bring", "brings", "brought", "bringing", "raise", "raises", "raised", "raising", "push", "pushes",
                "pushed", "pushing", "take", "takes", "took", "taking", "put", "puts", "putting"}


def _inverted_toll(ctx: SentenceContext, q: Quantity, discourse_type: str | None) -> Link | None:
    """BRING to COUNT the TOLL: "bringing to 45 the number of people killed in the city", "raising
    to 12 the death toll"; the figure stands before the toll noun it completes."""
    m = q.tok_end + 1
    while ctx.w(m) in ("death", "casualty", "injury", "overall", "total", "official", "confirmed", "latest") \
            and ctx.w(m + 1) in L.TOLL_NOUNS:
        m += 1
    w = ctx.w(m)
    if w not in L.TOLL_NOUNS or w in ("killed", "wounded", "injured", "missing"):
        return None
    ctype = _toll_type(ctx.w(m - 1)) if w == "toll" else L.TOLL_NOUNS[w]
    if ctx.w(m + 1) == "of" and counts_things(ctx, *_of_phrase(ctx, m + 2)):
        return None  # "bringing to 30 the number of attacks": a count of things
    if ctype is None:
        ctype = _generic_toll_type(ctx, m)
        if ctype is None and ctx.w(m + 1) != "of":
            ctype = discourse_type
    if ctype is None:
        return None
    a, e = people_phrase(ctx, m + 2) if ctx.w(m + 1) == "of" else (m + 1, m + 1)
    if ctx.w(a) in ("the", "those"):
        a, e = people_phrase(ctx, a + 1)
    return Link(q, ctype, m, m + 1, a, e, "toll")


def _brought_toll(ctx: SentenceContext, to: int) -> tuple[str, int] | None:
    """The toll noun of "bring(s) the toll ... to N" however long the phrase between: the verb
    fixes the construction ("The latest deaths bring the toll among troops in the offensive
    against Hezbollah, and in attacks along the border, to 44")."""
    for m in range(to - 1, max(-1, to - 45), -1):
        if full_stop(ctx, m) or ctx.w(m) == ":":
            return None
        w = ctx.w(m)
        if w in ("toll", "tally") and ctx.w(m - 1) in _BRING_VERBS | {"the", "death"}:
            v = next((x for x in range(m - 1, max(-1, m - 4), -1) if ctx.w(x) in _BRING_VERBS), None)
            if v is None:
                return None
            prev = ctx.w(m - 1)
            ctype = _toll_type(prev)
            return ctype, m
    return None


def _generic_toll_type(ctx: SentenceContext, m: int) -> str | None:
    """Type of 'the figure', 'the number of ...', 'a tally': the words after it, else the sentence."""
    for x in range(len(ctx.toks)):
        if ctx.w(x) in ("hundredths", "hundredth") and ctx.w(x - 1) == "-":
            # soldiers' slang: "two-hundredths" (cargo 200) are the dead, "three-hundredths" the wounded
            slang = {"two": "killed", "three": "wounded"}.get(ctx.w(x - 2))
            if slang:
                return slang
    for x in range(m + 1, min(len(ctx.toks), m + 5)):
        w = ctx.w(x)
        if w in L.CAPTURED_AFTER and ctx.w(x + 1) in ("or", "and") and ctx.w(x + 2) in L.MISSING_AFTER:
            return "missing"  # "the number of Ukrainians captured or missing"
        if w == "taken" and cue_at(ctx, x, ctx.w(x - 1)) == ("captured", x + 1):
            return "captured"  # "the number of cadets taken from the base"
    for x in range(m + 1, min(len(ctx.toks), m + 5)):
        if (ctype := type_cue(ctx.w(x))) is not None:
            return ctype
    for x, w in enumerate(ctx.low):
        if w in ("dead", "killed") and ctx.w(x + 1) in ("and", "or") and \
                (ctx.w(x + 2) in ("wounded", "injured") or ctx.w(x + 2) == "the" and ctx.w(x + 3) in ("wounded", "injured")):
            return "casualties"  # "that tally stood at 1,000,340 -- but it counts the dead and the wounded together"
    near = _typed_noun_before(ctx, m)
    return near if near is not None else sentence_type(ctx)


def _typed_noun_before(ctx: SentenceContext, m: int) -> str | None:
    """The type of a casualty noun with its determiner just before a generic one, in the same
    clause: "whereas the wounded, estimated at a total of 210, included 62 children" -- the total is
    of the wounded, whatever the sentence counted first."""
    for x in range(m - 1, max(-1, m - 8), -1):
        w = ctx.w(x)
        if w in (".", ";", ":") or any(o.tok_start == x for o in ctx.quantities):
            return None
        if L.TOLL_NOUNS.get(w) and w != "toll" and ctx.w(x - 1) in ("the", "its", "their", "his", "her"):
            return L.TOLL_NOUNS[w]
    return None


_TOTAL_NOUNS = {"total", "tally", "count", "number", "figure", "toll"}


def brought_total(ctx: SentenceContext, q: Quantity, before: list[Link]) -> Link | None:
    """ "lost 1,150 troops over the past day, bringing its total since the start of the invasion
    to about 919,170": a running total the sentence's own claim brings up, of that claim's type.
    The verb fixes the construction: bring/raise/take + its/the/their total (or tally, count) ...
    to COUNT, after a claim in the same sentence."""
    qs = ctx.tok_at_char(q.qual_start)
    if ctx.w(qs - 1) != "to" or not before:
        return None
    for m in range(qs - 2, max(-1, qs - 20), -1):
        if full_stop(ctx, m) or ctx.w(m) == ":":
            return None
        if ctx.w(m) in _TOTAL_NOUNS and ctx.w(m - 1) in ("its", "the", "their", "his", "her", "our", "overall") \
                and ctx.w(m - 2) in _BRING_VERBS:
            if ctx.w(m + 1) == "of" and not (ctx.w(m + 2) in _FIGURE_OF or is_person_noun(ctx.w(m + 2))
                                             or type_cue(ctx.w(m + 2)) is not None):
                return None  # "bringing the number of attacks this month to 30": things
            claim = max((l for l in before if l.qty.tok_start < m - 2), key=lambda l: l.qty.tok_start, default=None)
            if claim is None:
                return None
            a, e = people_after_count(ctx, q)
            if counts_things(ctx, a, e):
                return None
            return Link(q, claim.ctype, m, m + 1, a, e, "toll")
    return None


def _of_phrase(ctx: SentenceContext, j: int) -> tuple[int, int]:
    """The noun phrase after a figure noun's "of" ("the number of [air strikes] this month")."""
    k = j
    while k < len(ctx.toks) and k - j < 4 and ctx.w(k).isalpha() and ctx.w(k) not in L.NP_STOP - {"the"}:
        k += 1
    return j, k


# Labels of a tally line and their types: "Dead 45, injured 130, missing 12", "Killed — 12; wounded — 40"
_TALLY_LABELS = {"dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed",
                 "wounded": "wounded", "injured": "wounded", "injuries": "wounded", "missing": "missing",
                 "captured": "captured", "casualties": "casualties"}


def tally_label_link(ctx: SentenceContext, q: Quantity) -> Link | None:
    """A bare figure after a casualty label that opens a tally line or one of its items ("Dead 45,
    injured 130, missing 12", "Killed — 12; wounded — 40"): the label is the type. The label opens
    the sentence or follows a separator, and the figure ends its item."""
    qs = ctx.tok_at_char(q.qual_start)
    lab = qs - 1 - (ctx.w(qs - 1) in ("—", "–", "-"))
    ctype = _TALLY_LABELS.get(ctx.w(lab))
    if ctype is None or q.tok_end < len(ctx.toks) and ctx.w(q.tok_end) not in (",", ";", ".", "|", "/", ")"):
        return None
    if not (lab == opening(ctx) or ctx.w(lab - 1) in (",", ";", "|", "/")):
        return None
    return Link(q, ctype, lab, lab + 1, q.tok_end, q.tok_end, "toll")
