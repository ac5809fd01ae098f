"""Is a count about another, earlier event brought in for comparison ("the deadliest day since
August 2011, when 30 US troops were killed", "the war of 2006 killed about 1,200")?"""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.tokens import count_starts, full_stop, is_numeral
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import MONTH_NAMES


def is_comparison(ctx: SentenceContext, qs: int) -> bool:
    """Is the count at token qs about another, earlier event brought in for comparison?

    "the deadliest day since August 2011, when 30 US troops were killed", "deadlier than
    the attacks of 11 September 2001, in which 2,977 people were killed", "the war of
    2006 killed about 1,200", "the Somme, where ... 20,000 dead"."""
    number_starts = count_starts(ctx)
    seen_superlative = False
    for t in range(0, qs):
        w = ctx.w(t)
        if historical_at(ctx, t) or w in ("comparison", "comparisons", "compared"):
            return True
        if w in L.SUPERLATIVES or w.endswith("est") and w in ("deadliest", "worst", "bloodiest"):
            seen_superlative = True
        if w == "since" and seen_superlative and (_dated_between(ctx, t, qs) or (
                any(ctx.w(x) in ("where", "when") for x in range(t + 1, qs)) and _old_year_after(ctx, qs))):
            # "the deadliest day since August 2011, when 30 US troops were killed"; not "the
            # deadliest attack since 7 October, when about 1,200 people were killed" (this war),
            # nor "the worst year since the UN began counting: it documented 3,545 deaths"
            return True
        if w == "than" and t + 1 not in number_starts and ctx.w(t - 1) not in ("rather", "other") \
                and not is_numeral(ctx.w(t + 1)) and not _clause_break(ctx, t, qs):
            return True  # not "within less than three hours": a measure, not another event
        if len(w) == 4 and w.isdigit() and ctx.doc_year and 1900 <= int(w) <= ctx.doc_year - 2 and _dates_war(ctx, t) \
                and not any(ctx.w(x) == ";" for x in range(t + 1, qs)):
            return True  # not across a semicolon: "... died in the war of 2020; Azerbaijan put its dead at 2,908"
        if _old_year(ctx, t) and ctx.w(t + 1) == "," and (ctx.w(t + 2) in ("when", "where", "which") or (
                ctx.w(t + 2) == "in" and ctx.w(t + 3) == "which")) and not _clause_break(ctx, t, qs):
            return True  # "the apartment bombings in Russian cities in 1999, in which more than 300 people died"
    return _war_of_old_year_after(ctx, qs)


def _old_year(ctx: SentenceContext, t: int, gap: int = 10) -> bool:
    """Is token t a year `gap` or more before the document's, not one that opens a period still running?"""
    w = ctx.w(t)
    if not (len(w) == 4 and w.isdigit() and ctx.doc_year and 1900 <= int(w) <= ctx.doc_year - gap):
        return False
    around = {ctx.w(x) for x in range(max(0, t - 5), min(len(ctx.toks), t + 7)) if x != t}
    return not around & _PERIOD_OPENERS  # not "in 2014, when the war began, ..."


def _war_of_old_year_after(ctx: SentenceContext, qs: int) -> bool:
    """Does the count's clause go on to date its war a generation back ("India lost 3,843
    soldiers in the fourteen-day war of 1971")? A war noun names the event within three words
    before "of"/"in" and the year. A more recent war dated after its toll may be the document's
    own subject ("About 300 soldiers died in the war of 2008")."""
    for x in range(qs + 1, min(len(ctx.toks), qs + 16)):
        if full_stop(ctx, x) or ctx.w(x) in (":", "—", "–"):
            return False
        if _old_year(ctx, x, gap=20) and ctx.w(x - 1) in ("of", "in") and \
                any(ctx.w(y) in L.WAR_NOUNS for y in range(max(qs + 1, x - 4), x - 1)):
            return True
    return False


# Words that name another war only beside a war noun or an old year: "the Soviet war in
# Afghanistan", "World War II", "the Korean War" -- not "the World Health Organization",
# "Soviet-era missiles", "North Korean troops", "Chechen fighters", "the Crimean bridge".
_HISTORICAL_WEAK = {"world", "soviet", "ussr", "korean", "chechen", "chechnya", "crimean", "vietnam"}

_SOVIET_LEGACY = {"era", "made", "built", "designed", "style", "vintage", "shorthand", "slang", "trained",
                  "standard", "pattern", "model", "type", "legacy", "stock", "stocks", "stockpiles"}


def historical_at(ctx: SentenceContext, k: int) -> bool:
    w = ctx.w(k)
    if _old_decade_at(ctx, k):
        return True
    if w not in L.HISTORICAL:
        return False
    if w not in _HISTORICAL_WEAK:
        return True
    if w in ("soviet", "ussr"):
        # the Soviet Union's wars are history, its weapons and words are not: "Soviet-era
        # missiles", "the old Soviet shorthand"
        nxt = ctx.w(k + 2) if ctx.w(k + 1) == "-" else ctx.w(k + 1)
        return nxt not in _SOVIET_LEGACY and ctx.w(k - 1) not in ("old", "former")
    for x in range(max(0, k - 3), min(len(ctx.toks), k + 4)):
        y = ctx.w(x)
        if y in L.WAR_NOUNS or y in ("ww2", "wwii", "ww1", "wwi"):
            return True
        if len(y) == 4 and y.isdigit() and ctx.doc_year and 1900 <= int(y) <= ctx.doc_year - 10:
            return True
    return False


def _dated_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is there a year (not this one or the last) between tokens a and b, before any colon?"""
    for x in range(a + 1, b):
        y = ctx.w(x)
        if y in (":", ";"):
            return False
        if len(y) == 4 and y.isdigit() and 1800 <= int(y) <= (ctx.doc_year or 2100) - 1 \
                and not (ctx.doc_year and int(y) >= ctx.doc_year - 1 and ctx.w(x - 1) in MONTH_NAMES):
            return True
        if y in L.HISTORICAL:
            return True
    return False


def _old_year_after(ctx: SentenceContext, qs: int) -> bool:
    """Is there a year at least two years before the document's in the clause after the count
    ("the worst massacre since Srebrenica, where some 8,000 men were murdered in 1995")?"""
    for x in range(qs + 1, min(len(ctx.toks), qs + 16)):
        y = ctx.w(x)
        if full_stop(ctx, x):
            return False
        if len(y) == 4 and y.isdigit() and 1800 <= int(y) <= (ctx.doc_year or 2100) - 2:
            return True
    return False


def _clause_break(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is there a new clause between tokens a and b ("; ", ", but ", ", while ")? A comparison in
    one clause ("lower than in 2018, but ... recorded more than 10,000") leaves the next alone."""
    for k in range(a + 1, b):
        if ctx.w(k) == ";" or (ctx.w(k) == "," and ctx.w(k + 1) in ("but", "while", "whereas", "yet", "although")):
            return True
    return False


_SPAN_ENDS = {"end", "beginning", "start", "middle", "close", "spring", "summer", "autumn", "fall", "winter"}


def _dates_war(ctx: SentenceContext, t: int) -> bool:
    """Does the old year at token t date another war beside it ("the 2006 war", "the war of 2006",
    "in 2006, the war killed")? Not a year that bounds a running toll: "by the end of 2021 the war
    in Yemen had killed 377,000", "since 2015 the fighting has killed" are this war's tolls."""
    p = t - 1
    while ctx.w(p) in MONTH_NAMES or ctx.w(p) == "the" or ctx.w(p).isdigit() and len(ctx.w(p)) <= 2:
        p -= 1  # "by 31 December 2021", "by the end of 2021"
    if ctx.w(p) in ("by", "since", "until", "till", "through", "throughout") or (ctx.w(p) == "of" and (
            ctx.w(p - 1) in _SPAN_ENDS or ctx.w(p - 1) == "as")):
        return False
    return bool({ctx.w(x) for x in range(t - 3, t + 3)} & L.WAR_NOUNS)


_PERIOD_OPENERS = {"since", "from", "through", "throughout", "began", "begun", "started", "erupted", "broke", "dates",
                   "dating", "simmered", "simmering", "raged", "raging"}


def _old_decade_at(ctx: SentenceContext, k: int) -> bool:
    """Does token k start a decade twenty years or more before the document ("in the 1980s", "the
    war of the early 1990s")? The tokenizer splits "1990s" into "1990" and "s". A decade that opens
    a period still running ("since the 1980s", "a conflict that began in the 1990s") is no other war."""
    w = ctx.w(k)
    if not (len(w) == 4 and w.isdigit() and w.endswith("0") and ctx.w(k + 1) == "s"
            and ctx.toks[k].end == ctx.toks[k + 1].start):
        return False
    if not 1900 <= int(w) <= (ctx.doc_year or 2020) - 20:
        return False
    before = {ctx.w(x) for x in range(max(0, k - 5), k)}
    return not before & _PERIOD_OPENERS
