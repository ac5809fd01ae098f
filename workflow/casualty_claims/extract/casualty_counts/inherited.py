"""Counts typed by the sentences before them: generic figures ("the figure rose to 112") and
sentences that share out the claim just before ("Among them are six children.")."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import cue_at, sentence_type
from casualty_claims.extract.casualty_counts.coordination import share_qualifier
from casualty_claims.extract.casualty_counts.filters import filtered
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import counts_things, people_after_count
from casualty_claims.extract.casualty_counts.tokens import is_person_head, is_punct, opening
from casualty_claims.extract.casualty_counts.tolls import FIGURE_NOUNS, toll_link
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


# Words of a sentence about other counts than casualties: a bare figure in it is not typed
# by the claims before it ("the figure for the displaced has reached 1.2 million").
NOT_CASUALTY_CONTEXT = {"displaced", "refugees", "evacuated", "evacuees", "evacuation", "evacuations", "fled", "homeless", "hunger", "famine",
                         "starvation", "recruited", "recruits", "deployed", "mobilised", "mobilized", "arrested",
                         "detained", "released", "hostages", "budget", "votes", "voters", "population", "tonnes",
                         "trucks", "shelters", "sheltering", "dollars"}


def _figure_noun_after(ctx: SentenceContext, q: Quantity, discourse_type: str) -> Link | None:
    """A count used as the name of a figure: "the 1,400 figure was later revised", "Moscow's
    initial 63 toll". The figure is the claim of the text before it."""
    noun = ctx.w(q.tok_end)
    if noun not in FIGURE_NOUNS or q.qualifier == "vague":
        return None
    before = ctx.w(ctx.tok_at_char(q.qual_start) - 1)
    if not (before in ("the", "its", "their", "this", "that", "earlier", "initial", "original", "first",
                       "new", "latest", "revised", "official") or before.endswith("'s")):
        return None
    ctype = "killed" if noun == "toll" else discourse_type
    return Link(q, ctype, q.tok_end, q.tok_end + 1, q.tok_end, q.tok_end, "figure")


_REVISING_VERBS = {"raised", "raises", "raising", "revised", "revises", "revising", "lowered", "lowers", "lowering",
                   "increased", "increases", "updated", "updates", "corrected", "corrects", "put", "puts", "putting",
                   "brought", "brings", "pushed", "cut", "reduced", "adjusted"}


def _pronoun_revised(ctx: SentenceContext, q: Quantity, discourse_type: str) -> Link | None:
    """A toll named by a pronoun and revised: "Interior Minister Ihor Klymenko raised it to 52 by the
    evening", "the governor later put that at 25". The figure is the claim of the text before it."""
    qs = ctx.tok_at_char(q.qual_start)
    if ctx.w(qs - 1) not in ("to", "at") or ctx.w(qs - 2) not in ("it", "that", "this") \
            or ctx.w(qs - 3) not in _REVISING_VERBS or q.qualifier == "vague":
        return None
    if (ctx.w(qs - 1) == "at") != (ctx.w(qs - 3) in ("put", "puts", "putting")):
        return None  # "put it at", "raised it to"; not "brought it at", "put it to"
    a, e = people_after_count(ctx, q)
    if counts_things(ctx, a, e) or (e > a and not is_person_head(ctx.w(e - 1), set())):
        return None  # "raised it to 12 floors"
    return Link(q, discourse_type, qs - 3, qs - 2, a, e, "toll")


def discourse_tolls(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Figures whose noun names no type, typed by the claims of the sentences just before:
    "89 servicemen were killed ... Within days the figure rose to 112"; "Officials suggested
    the true figure was in the dozens" after a sentence about deaths."""
    recent: list[tuple[int, str]] = []  # (sentence index, type) of the claims read so far
    for si, ctx in enumerate(ctxs):
        near = [t for sj, t in recent if si - sj <= 4]
        if not near:
            # the text just before speaks of deaths without a claim ("not consistent with
            # hundreds of deaths. ... suggested the true figure was in the dozens")
            near = [t for sj in (si - 2, si - 1) if sj >= 0 for t in [sentence_type(ctxs[sj])] if t]
        if near and not set(ctx.low) & NOT_CASUALTY_CONTEXT:
            linked = {l.qty.tok_start for l in out[si]}
            had_claims = bool(out[si])
            # a bare "figure" or "toll" is the death toll when the text before speaks of deaths
            # "... had surrendered. An officer put the number at 1,400": the claim just before;
            # further back, a bare figure is the death toll when the text speaks of deaths
            just_before = [t for sj, t in recent if sj == si - 1]
            ctype = ("killed" if "killed" in just_before else just_before[-1]) if just_before \
                else "killed" if "killed" in near else near[-1]
            for q in ctx.quantities:
                if q.tok_start in linked:
                    continue
                if had_claims:  # the sentence has claims: only a count naming a figure ("the 10,000 estimate")
                    link = _figure_noun_after(ctx, q, ctype)
                else:
                    link = toll_link(ctx, q, ctype) or _figure_noun_after(ctx, q, ctype) or _pronoun_revised(ctx, q, ctype)
                if link is not None and link.how in ("toll", "figure") and not filtered(ctx, link):
                    out[si].append(link)
            out[si].sort(key=lambda l: l.qty.tok_start)
        recent.extend((si, l.ctype) for l in out[si])


_SUBSET_OPENERS = {("among", "them"), ("among", "those"), ("among", "these"), ("among", "the", "victims"),
                   ("they", "included"), ("they", "include"), ("these", "included"), ("these", "include"),
                   ("those", "included"), ("the", "victims", "included"), ("the", "victims", "include"),
                   ("of", "them"), ("of", "these"), ("of", "those")}


def subset_sentences(ctxs: list[SentenceContext], out: list[list[Link]], persons: set[str]) -> None:
    """A sentence that shares out the claim just before: "At least 20 people were killed.
    Among them are six children." / "They included 4 medics and 2 journalists." / "Of them,
    9 were women." Each count of people in it takes the type of the last claim before."""
    for si in range(1, len(ctxs)):
        ctx = ctxs[si]
        if out[si] or not out[si - 1] or not ctx.quantities:
            continue
        first = opening(ctx)  # "- Among them are six children." in a bulleted list
        opener = next((o for o in _SUBSET_OPENERS if tuple(ctx.w(first + k) for k in range(len(o))) == o), None)
        if opener is None:
            continue
        ctype = out[si - 1][-1].ctype
        end = first + len(opener)
        for q in ctx.quantities:
            qs = ctx.tok_at_char(q.qual_start)
            a, e = people_after_count(ctx, q)
            people = any(is_person_head(ctx.w(k), persons) for k in range(a, e))
            if not people or counts_things(ctx, a, e) or any(ctx.w(k) in (";", ":") for k in range(end, qs)):
                continue
            link = Link(q, ctype, first, end, a, e, "subset")
            if not filtered(ctx, link):
                out[si].append(link)


def share_sentences(ctxs: list[SentenceContext], out: list[list[Link]], persons: set[str]) -> None:
    """A sentence that opens on a bare count and says who they were, after a claim: "Eight people were
    killed. Three were railway employees, and five were civilians." / "Seven were children, the
    ministry said." Each bare count that "were"/"was" ties to people, no larger than the claim
    before, takes that claim's type."""
    for si in range(1, len(ctxs)):
        ctx = ctxs[si]
        if out[si] or not out[si - 1] or not ctx.quantities:
            continue
        before = out[si - 1][-1]
        first = opening(ctx)
        if ctx.quantities[0].tok_start != first or ctx.quantities[0].qual_start != ctx.toks[first].start:
            continue
        for q in ctx.quantities:
            if not _who_they_were(ctx, q, persons) or q.value > before.qty.value or before.qty.value <= 1:
                continue
            link = Link(q, before.ctype, q.tok_start, q.tok_end, q.tok_end, q.tok_end, "subset")
            if not filtered(ctx, link):
                out[si].append(link)


def hospital_sentences(ctxs: list[SentenceContext], out: list[list[Link]], persons: set[str]) -> None:
    """People taken to or treated in hospital in the sentence after a claim are the attack's wounded,
    though the sentence itself names no harm: "Two men were killed in the shelling, the governor
    said. Four people were taken to hospital." / "Four were treated at the scene." """
    for si in range(1, len(ctxs)):
        ctx = ctxs[si]
        if out[si] or not ctx.quantities or set(ctx.low) & L.ILLNESS_WORDS \
                or not any(l.ctype in ("killed", "wounded", "casualties") for l in out[si - 1]):
            continue
        for q in ctx.quantities:
            a, e = people_after_count(ctx, q)
            if e > a and (not is_person_head(ctx.w(e - 1), persons) or counts_things(ctx, a, e)):
                continue
            k = e
            while ctx.w(k) in ("were", "was", "have", "has", "had", "been", "being", "later", "also", "then") \
                    and k < e + 4:
                k += 1
            if k == e or not any(tuple(ctx.w(k + n) for n in range(len(p))) == p for p in L.HOSPITAL_PHRASES):
                continue
            link = Link(q, "wounded", k, k + 1, a, e, "right")
            if not filtered(ctx, link):
                out[si].append(link)


def _who_they_were(ctx: SentenceContext, q, persons: set[str]) -> bool:
    """Is q a bare count followed by "were"/"was" and a people phrase ("three were railway
    employees", "five were civilians"), with no casualty cue of its own?"""
    a, e = people_after_count(ctx, q)
    if e > a or ctx.w(e) not in ("were", "was"):
        return False
    k = e + 1 + (ctx.w(e + 1) in ("a", "an", "all", "also"))
    for x in range(k, min(len(ctx.toks), k + 4)):
        if cue_at(ctx, x) is not None or is_punct(ctx.w(x)):
            return False
        if is_person_head(ctx.w(x), persons) and not (is_person_head(ctx.w(x + 1), persons)):
            return ctx.w(x + 1) in ("", ",", ".", ";", "and", "from", "of", "in", "—", "–")
    return False


def answers_to_how_many(ctxs: list[SentenceContext], out: list[list[Link]], persons: set[str]) -> None:
    """An interview's verbless answer to a "how many" question: "Q: Of those, how many were
    civilians? A: More than 164,000 civilians, among them over 25,000 children and 16,000 women."
    Its counts of people take the type of the question's cue, else, when the question points back
    ("of those"), of the last claim before it."""
    last_type: str | None = None
    for si, ctx in enumerate(ctxs):
        if si > 0 and not out[si] and _answer_label(ctx) and _how_many_question(ctxs[si - 1]):
            question = ctxs[si - 1]
            back = any(w == "of" and question.w(k + 1) in ("those", "them", "these") for k, w in enumerate(question.low))
            ctype = sentence_type(question) or (last_type if back else None)  # not "how many people work for you?"
            if ctype is not None and not set(ctx.low) & NOT_CASUALTY_CONTEXT:
                for q in ctx.quantities:
                    a, e = people_after_count(ctx, q)
                    if e == a or counts_things(ctx, a, e) or not is_person_head(ctx.w(e - 1), persons):
                        continue
                    link = Link(q, ctype, 0, 1, a, e, "subset")
                    if not filtered(ctx, link):
                        out[si].append(link)
                answer = dict(enumerate(out[si]))
                share_qualifier(ctx, answer)  # "over 25,000 children and 16,000 women": both over
                out[si] = [answer[k] for k in sorted(answer)]
        if out[si]:
            last_type = out[si][-1].ctype


def _answer_label(ctx: SentenceContext) -> bool:
    return ctx.w(0) == "a" and ctx.w(1) == ":" and ctx.toks[0].text == "A"


def _how_many_question(ctx: SentenceContext) -> bool:
    """Is the sentence a question asking how many ("Q: Of those, how many were civilians?")?"""
    if not ctx.sentence.text.rstrip().endswith("?"):
        return False
    return any(w == "how" and ctx.w(k + 1) in ("many", "much") for k, w in enumerate(ctx.low))
