"""Which attribution governs a count: quotations, heading breaks inside a sentence, and the
nearest anchor on the count's side of them (a cited source over the one citing it)."""

from __future__ import annotations

import re

from casualty_claims.extract.attribution.claimants import Attribution
from casualty_claims.extract.attribution.reporting_verbs import ACCUSING, count_at
from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import fold_chars


def _own_object_count(ctx: SentenceContext, verb: int) -> bool:
    """Does a figure follow the reporting verb as its object ("admits four", "claims at least 40",
    "says 30")? Such a speaker asserts that figure, not the clause before its comma."""
    for j in range(verb + 1, min(len(ctx.toks), verb + 4)):
        if count_at(ctx, j):
            return True
        if ctx.w(j) not in ("at", "least", "about", "around", "some", "nearly", "over", "more", "than", "up", "to",
                            "only", "just", "as", "many"):
            return False
    return False


def _closes_clause(ctx: SentenceContext, anchor: int) -> bool:
    """Does the source phrase at `anchor` close a clause that gave its count before it ("In Lviv one person was
    killed, according to the mayor; ...")? One that opens its sentence governs what follows ("According to the
    inquiry, 340 infiltrated ...; troops killed about 100")."""
    start = max([k + 1 for k in range(anchor) if ctx.w(k) == ";"] or [0])
    return any(count_at(ctx, k) for k in range(start, anchor))


def _clause_count(ctx: SentenceContext, verb: int) -> bool:
    """Does the reporting verb's own clause, after it, hold a count ("... the army says 34 are dead", "...,
    Kyiv says, adding that 12 were wounded")? Then the speaker's figures are there, not before its comma."""
    if ctx.w(verb + 1) in ("are", "were", "is", "was", "had", "have", "has", "died"):
        return True  # "34 the Israeli military says are dead": a relative clause on the count right before it
    for j in range(verb + 1, len(ctx.toks)):
        if ctx.w(j) in (";", ".", ",", "\u2014", "--"):
            return False  # (", with 78,755 wounded" after "the ministry said on Monday" is the same speaker's)
        if count_at(ctx, j):
            return True
    return False


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, continues) of quoted passages; `continues` marks a quote left open at
    the end of its paragraph (the next paragraph's opening quote mark continues it)."""
    folded = fold_chars(text)
    spans: list[tuple[int, int, bool]] = []
    for a, b in paragraphs:
        open_at = None
        for m in re.finditer(r'"', folded[a:b]):
            pos = a + m.start()
            if open_at is None:
                open_at = pos
            else:
                spans.append((open_at, pos + 1, False))
                open_at = None
        if open_at is not None:
            spans.append((open_at, b, True))
    return spans


# An outlet's dateline before a headline: "DAWN, May 7: ...", "THE HINDU, May 11: ...".
OUTLET_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z'&.-]+ ){0,3}[A-Z][A-Z'&.-]+, (?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                              r"\.? \d{1,2}(?:, \d{4})?:")


def heading_breaks(ctx: SentenceContext) -> list[int]:
    """Token indices where a heading line ends inside a sentence: a short line without final
    punctuation followed by a line opening with a capital ("Toll rises to 12 martyrs\nThe
    ministry said ..."). A headline and the paragraph under it are separate statements: the
    body's reporting verb does not reach the headline's figures, nor the headline's colon the body's."""
    out: list[int] = []
    text = ctx.clean
    line_start = 0
    for pos, ch in enumerate(text):
        if ch != "\n":
            continue
        line = text[line_start:pos].strip()
        rest = text[pos + 1:].lstrip()
        line_start = pos + 1
        if not line or not rest or (line[-1] in ".,;:!?\"')" and not OUTLET_DATELINE.match(line)) \
                or not rest[0].isupper():
            continue  # (a newspaper's dated headline is a heading even when it ends in a quote mark)
        if len(line.split()) > 16:
            continue  # a long line is wrapped prose, not a heading
        out.append(ctx.tok_at_char(pos))
    return out


def _segment(breaks: list[int], k: int) -> int:
    return sum(1 for b in breaks if k >= b)


def choose(attribs: list[Attribution], tok: int, ctx: SentenceContext | None = None) -> Attribution | None:
    """The attribution governing the count at token `tok`: the nearest reporting anchor,
    preferring one before the count (its clause contains the count). With the sentence
    given, only anchors on the count's side of a heading break count."""
    if ctx is not None:
        breaks = heading_breaks(ctx)
        if breaks:
            seg = _segment(breaks, tok)
            attribs = [at for at in attribs if at.form in ("voice", "label") or _segment(breaks, at.anchor) == seg]
    best, best_cost = None, None
    for at in attribs:
        # Unresolved attributions (claimant None: "officials said") are chosen too: the
        # caller resolves them (local sources speak for the place hit).
        if at.form == "voice":
            cost = 10_000  # a document's or block's voice yields to any speaker in the sentence
        elif at.form == "label":
            if at.anchor > tok:
                continue  # "From the Saudi Press Agency, 31 October:" governs what follows its colon
            cost = 5_000
        elif at.form == "background":
            if at.anchor > tok:
                continue  # only the counts of its own clause
            if ctx is not None and any(o.form in ("according", "citing") and o.anchor > tok and o.claimant is not None
                                       and not any(w in (";", ".") for w in ctx.low[tok:o.anchor]) for o in attribs):
                continue  # "The escalation began when gunmen attacked ..., killing 1,200 people, according to X": X's
            cost = tok - at.anchor
        elif at.form == "bracket":
            # a bracketed source owns the figures before it in its line or table cell
            if at.anchor < tok or (ctx is not None and "|" in ctx.low[tok:at.anchor]):
                continue
            cost = at.anchor - tok
        elif at.form in ("according", "citing", "fallback", "colon", "noun", "possessive"):
            if at.form in ("according", "citing") and at.anchor < tok and ctx is not None \
                    and ";" in ctx.low[at.anchor:tok] and _closes_clause(ctx, at.anchor):
                continue  # "In Lviv one was killed, according to the mayor; in Odesa, four were killed": its clause only
            cost = abs(tok - at.anchor) + (1 if at.anchor > tok else 0)
        elif at.anchor <= tok:
            cost = tok - at.anchor
        else:
            if at.form == "pre" and ctx is not None and ";" in ctx.low[tok:at.mention.a] \
                    and ";" in ctx.low[max(0, at.mention.a - 2):at.mention.a]:
                continue  # "40 killed; Pakistan claims 40-50 Indian soldiers ...": the next clause's speaker
            if at.form == "pre" and ctx is not None and any(w in (",", ";") for w in ctx.low[tok:at.mention.a]) \
                    and _own_object_count(ctx, at.anchor):
                continue  # "20 Indian soldiers killed, China admits four": the verb's own figure, not the clause before
            if at.form in ("pre", "post") and ctx is not None and ctx.w(at.anchor) in ACCUSING:
                continue  # "26 people were killed at Pahalgam, an attack India blamed on Pakistan": blame, no report
            if at.form == "pre" and ctx is not None and "," in ctx.low[tok:at.mention.a] and _clause_count(ctx, at.anchor):
                continue  # "Militants took 251 hostages, ... including 34 the Israeli military says are dead"
            cost = (at.anchor - tok) + 3
        if best_cost is None or cost < best_cost or (cost == best_cost and at.claimant is not None and at.form == best.form
                                                     and (best.claimant is None or best.anchor == at.anchor
                                                          and best.mention.strength == "anaphor"
                                                          and at.mention.strength != "anaphor")):
            # two speakers of one verb ("the ministry's spokesman, Ashraf al-Qudra, said"): the named one, even
            # when the role was guessed from the document ("the military spokesman, Lt Gen X, said")
            best, best_cost = at, cost
    if best is not None and best.form == "according" and best.anchor > tok and best.mention.kind == "media":
        # "The Lebanese Health Ministry confirmed that ... 558 fatalities, according to a report by Al Jazeera":
        # the outlet relays the speaker whose verb opens the count's clause (CONVENTIONS: the outlet's own
        # count is a third party's, its report of someone's words is theirs)
        spoken = [at for at in attribs if at.form == "pre" and at.anchor <= tok and at.mention.kind != "media"
                  and at.claimant is not None and (ctx is None or "," not in ctx.low[at.anchor:tok]
                                                   or ctx.w(at.anchor + 1) == "that")]
        if spoken:
            return max(spoken, key=lambda at: at.anchor)
    if best is not None and best.form in ("pre", "post"):
        # "X, citing Y, said N" / "Citing Y, X said N" / "X reported, citing Y, that N": the
        # figure is Y's; X passes it on
        for at in attribs:
            if at.form == "citing" and (at.anchor <= 1 or best.mention.b <= at.anchor <= best.mention.b + 1
                                        or best.anchor < at.anchor <= best.anchor + 2) \
                    and (at.anchor < tok or tok < best.anchor):  # "N killed, X reported, citing Y": Y's too
                return at
    return best
