"""The side the grammar gives the people: a possessor ("five of its soldiers", "Russia's
losses", "the losses of the Armed Forces of Ukraine"), a side phrase ("on the Israeli
side"), the subject of a loss ("Ukraine had lost"), a list item's label ("- Russia: ..."),
and the people "them"/"whom" refers to."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.victims.attacker import attack_after
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import belligerent, main_enemy
from casualty_claims.extract.victims.mentions import (LOCATIVE, clause_start, locative, mention_end, mention_sides,
                                                      party_names)
from casualty_claims.extract.victims.words import AUX, ENEMY_TERMS, LOSS_VERBS, OWN_POSSESSIVES
from casualty_claims.gazetteer import Gazetteer
from casualty_claims.ingest.dates import MONTHS


def side_phrase(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """ "on their side", "on its own side", "on the Syrian side (of the border)": whose
    people a toll counts, said after the count."""
    for k in range(lo, min(hi, len(ctx.toks))):
        if ctx.w(k) != "side" and ctx.w(k) != "sides":
            continue
        for j in range(k - 1, max(lo - 1, k - 5), -1):
            if ctx.w(j) == "on":
                words = {ctx.w(x) for x in range(j + 1, k)}
                if words & OWN_POSSESSIVES and belligerent(gaz, claimant_side):
                    return claimant_side
                named = mention_sides(ctx, gaz, j + 1, k, set())
                if named:
                    return named[-1][1]
                break
    return None


def toll_possessor(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str | None) -> str | None:
    """The side whose toll it is, named after the toll noun ("the losses of the Armed
    Forces of Ukraine") or as its possessor ("Russia's losses", "put Russia's total at").
    A possessor of a figure word that is the speaker's own side is the speaker's figure
    ("Kyiv's figure"), not its dead."""
    c = link.cue_start
    if ctx.w(link.cue_end) in ("of", "among"):  # "the toll among Palestinians"
        k = link.cue_end + 1 + (ctx.w(link.cue_end + 1) == "the")
        after = party_names(ctx, gaz, k, k + 1)
        if after:
            return after[0][1]
    for tok, side, form in mention_sides(ctx, gaz, max(0, c - 3), c, set()):
        if form == "place" or not ctx.w(mention_end(ctx, gaz, tok) - 1).endswith("'s"):
            continue
        if ctx.w(c) in _FIGURE_NOUNS and side == claimant_side:
            continue
        return side
    return _own_toll_owner(ctx, gaz, link)


# Toll nouns a figure may stand as the predicate of ("Russian losses are ... 700,000 killed and
# wounded", "put Russian losses at 450,000 dead and wounded")
_LOSS_TOLLS = {"losses", "casualties", "toll", "fatalities", "deaths", "dead"}
_TOLL_SUBJECT_REACH = 12


def toll_subject(ctx: SentenceContext, gaz: Gazetteer, link: Link, bare: bool) -> str | None:
    """The side whose toll noun a count without a people noun is said of, earlier in its
    clause: "Russian losses are far greater, perhaps 700,000 killed and wounded", "put Russian
    losses at 450,000 dead and wounded", "Ukraine's casualties stood at 100,000". None when
    another count, people noun or side stands between them."""
    k = toll_noun_before(ctx, gaz, link, bare)
    if k is None:
        return None
    named = [s for s in mention_sides(ctx, gaz, max(0, k - 3), k, set()) if s[2] != "place"
             and mention_end(ctx, gaz, s[0]) == k]
    if not named and ctx.w(k + 1) == "among":
        # "the cumulative death toll among Palestinians was at least 2,189"
        j = k + 2 + (ctx.w(k + 2) == "the")
        named = party_names(ctx, gaz, j, j + 1)
    return named[-1][1] if named else None


def toll_with(ctx: SentenceContext, gaz: Gazetteer, link: Link) -> str | None:
    """ "resulting in significant Taliban casualties, with over 15 militants confirmed dead":
    a count that a "with" phrase adds to a side's toll noun is of that side."""
    k = link.qty.tok_start - 1
    while ctx.w(k) in _WITH_QUALIFIERS:
        k -= 1
    if ctx.w(k) != "with" or ctx.w(k - 1) != "," or ctx.w(k - 2) not in _LOSS_TOLLS | {"losses", "casualties"}:
        return None
    toll = k - 2
    named = [s for s in party_names(ctx, gaz, max(0, toll - 3), toll) if mention_end(ctx, gaz, s[0]) == toll]
    return named[-1][1] if named else None


_WITH_QUALIFIERS = {"over", "more", "than", "at", "least", "some", "about", "around", "nearly", "almost", "up", "to"}


def toll_noun_before(ctx: SentenceContext, gaz: Gazetteer, link: Link, bare: bool) -> int | None:
    """The toll noun a count without a people noun is the predicate of (see toll_subject)."""
    if not bare or link.how not in ("right", "left", "bare"):
        return None
    for k in range(link.qty.tok_start - 1, max(-1, link.qty.tok_start - _TOLL_SUBJECT_REACH), -1):
        w = ctx.w(k)
        if w in (";", ".", ":") or w[:1].isdigit() or (w in L.PERSON_NOUNS and w not in _LOSS_TOLLS):
            return None
        if w not in _LOSS_TOLLS:
            continue
        return None if party_names(ctx, gaz, k + 1, link.qty.tok_start) else k
    return None


def _own_toll_owner(ctx: SentenceContext, gaz: Gazetteer, link: Link) -> str | None:
    """ "Azerbaijan put its own military dead at 2,908", "Israel raised its death toll to
    1,200": "its" before the toll noun points at the clause's subject (the nearest side's
    name before it that is neither a demonym nor a place after a preposition), not at a
    speaker named in an earlier clause."""
    k = link.cue_start - 1
    while k >= max(0, link.cue_start - 3) and (ctx.w(k) in _TOLL_MODIFIERS or ctx.w(k) in ("own", "death", "war")):
        k -= 1
    if ctx.w(k) not in ("its", "their"):
        return None
    start = clause_start(ctx, k)
    for tok, side, form in reversed(mention_sides(ctx, gaz, start, k, set())):
        if form in ("demonym", "place") or locative(ctx, tok, LOCATIVE | {"into", "to", "from", "by", "of", "against"}):
            continue
        return side
    return None


def enemy_toll(ctx: SentenceContext, link: Link) -> bool:
    """Is the toll the enemy's: "the enemy's losses amounted to 530 servicemen", "enemy
    losses amounted to up to 85", "the enemy's total combat losses"? (Military bulletins
    everywhere name the other side only as "the enemy"; the figure is never the speaker's.)"""
    if link.how not in ("toll", "of"):
        return False
    for k in range(link.cue_start - 1, max(-1, link.cue_start - 4), -1):
        w = ctx.w(k)
        if w in ("enemy", "enemy's", "enemies'", "adversary's", "opponent's"):
            return True
        if w not in _TOLL_MODIFIERS:
            return False
    return False


_TOLL_MODIFIERS = {"total", "combat", "overall", "personnel", "human", "manpower", "irrecoverable", "daily",
                   "confirmed", "estimated", "heavy", "military"}

_FIGURE_NOUNS = {"figure", "figures", "count", "tally", "total", "estimate", "estimates", "number", "numbers"}


def label_side(ctx: SentenceContext, gaz: Gazetteer, qtok: int, exclude: set[int]) -> str | None:
    """A side's name alone before a colon opening the sentence or list item: "- Russia: 2
    military medics killed, 1 wounded", "Ukrainian side: 14 dead"."""
    k = _after_timestamp(ctx)
    while ctx.w(k) in ("-", "*", "•", "–", "—"):
        k += 1
    colon = next((j for j in range(k, min(qtok, k + 10)) if ctx.w(j) == ":"), None)
    if colon is None:
        return None
    label = [ctx.w(j) for j in range(k, colon)]
    if any(w.endswith("'s") or w in _LABEL_VERBS or w in L.REPORTING_VERBS for w in label):
        return None  # "Kyiv's figure was of a different order: about 400 killed" is a sentence
    named = mention_sides(ctx, gaz, k, colon, set())
    if not named or named[0][0] != k + (ctx.w(k) == "the") or len({n[1] for n in named}) != 1:
        return None
    if not _victims_label(ctx, gaz, named, k, colon, qtok):
        return None
    return named[0][1]


_STAMP_WORDS = {",", ":", ".", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "local", "time"}


def _after_timestamp(ctx: SentenceContext) -> int:
    """Where a live blog's or ticker's item starts after its date and time stamp and dash
    ("4 Oct, 17:30 - Tigray: ...", "09:40 — ..."), else 0."""
    for k in range(min(len(ctx.toks), 10)):
        w = ctx.w(k)
        if w in ("-", "–", "—"):
            return k if k > 0 and any(ctx.w(j).isdigit() for j in range(k)) else 0
        if not (w.isdigit() or w in MONTHS or w in _STAMP_WORDS):
            return 0
    return 0


def _victims_label(ctx: SentenceContext, gaz: Gazetteer, named: list[tuple[int, str, str]], k: int, colon: int,
                   qtok: int) -> bool:
    """Is the name before the colon a label of the people counted, rather than who speaks or
    where the story was filed? News opens sentences with both others everywhere:
    - a speaker: "IDF: 'Some 17,000 terrorists eliminated'", "Russian MoD: Kiev lost 1,890"
      (an actor's name; attribution reads it as the claimant);
    - a dateline: "RAWALPINDI: As many as six soldiers ...", "New Delhi: Gaza's health
      ministry said ..." (a city in capitals, or a name followed by a clause that names
      another side before the count). A topic label keeps its side even before a clause
      with a speaker: "Gaza: ministry says toll rises to 37,084"."""
    if any(form == "actor" for _, _, form in named):
        return False
    if attack_after(ctx, mention_end(ctx, gaz, named[0][0])) is not None:
        return False  # "Houthi attack at Abha airport: nine injured": the attacker, not its people
    label = [ctx.toks[j].text for j in range(k, colon) if ctx.toks[j].text[:1].isalpha()]
    if label and all(t.isupper() and len(t) > 3 for t in label):
        return False
    return not any(side != named[0][1] for _, side, _ in mention_sides(ctx, gaz, colon + 1, qtok, set()))


_LABEL_VERBS = {"was", "were", "is", "are", "has", "have", "had", "be", "been", "did", "does", "do", "will", "would"}


def side_phrase_before(ctx: SentenceContext, gaz: Gazetteer, qtok: int, claimant_side: str | None) -> str | None:
    """ "On the Israeli side, 22 soldiers ...", "On their side, ...": a side phrase that
    opens the clause of the count, closed by a comma."""
    start = clause_start(ctx, qtok)
    for k in range(start, qtok):
        if ctx.w(k) in ("side", "sides") and ctx.w(k + 1) == "," and any(ctx.w(j) == "on" for j in range(max(start, k - 4), k)):
            return side_phrase(ctx, gaz, max(start, k - 4), k + 1, claimant_side)
    return None


def fronted_for(ctx: SentenceContext, gaz: Gazetteer, qtok: int) -> str | None:
    """ "For Ukraine, the toll has been heavy: about 70,000 soldiers killed": a side named
    after a "For" that opens the sentence and closed by a comma is whose toll the sentence
    tells (not "For its part, Russia has lost ...", whose subject says it)."""
    k = 0
    while ctx.w(k) in ("-", "*", "•", "–", "—", "but", "and", "yet"):
        k += 1
    if ctx.w(k) != "for":
        return None
    named = mention_sides(ctx, gaz, k + 1, min(qtok, k + 6), set())
    if not named or named[0][0] != k + 1 + (ctx.w(k + 1) == "the"):
        return None
    tok, side, form = named[0]
    if form == "place" or ctx.w(mention_end(ctx, gaz, tok)) != ",":
        return None
    return side


_POSSESSOR_WORDS = {"group's", "movement's", "organisation's", "organization's", "militia's", "army's",
                    "military's", "country's", "force's", "forces'"}


# "five of its soldiers", "20,000 of his fighters" (Prigozhin), "31,000 of our soldiers"
_PERSONAL = {"its", "their", "his", "her", "our"}


def possessor(ctx: SentenceContext, gaz: Gazetteer, link: Link, exclude: set[int],
               claimant_side: str | None) -> str | None:
    """ "India acknowledged that five of its soldiers", "Hezbollah said eight of its
    fighters", "A Taliban spokesman said 28 of the group's members": a possessive before
    the people noun inside what a speaker named earlier in the sentence says points at
    the speaker; "Kyiv said Russia had lost 300 of its soldiers" at the loser."""
    k = link.np_start
    if ctx.w(k) in _POSSESSOR_WORDS:
        pos = k
    elif ctx.w(k - 1) in _PERSONAL or ctx.w(k - 1) in _POSSESSOR_WORDS:
        pos = k - 1
    else:
        return _remains_owner(ctx, gaz, link, exclude)
    for m in range(pos - 1, max(-1, pos - 6), -1):
        if ctx.w(m) in LOSS_VERBS:
            named = party_names(ctx, gaz, max(0, m - 6), m)
            if named:
                return named[-1][1]
    if belligerent(gaz, claimant_side) and any(t < pos for t in exclude):
        return claimant_side
    return None


def antecedent(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str | None,
                doc: DocSides | None) -> str | None:
    """ "Some 3,000 gunmen crossed ..., around 1,500 of them were killed": the side of the
    people noun nearest before the count."""
    k = antecedent_noun(ctx, link, L.PERSON_NOUNS)
    if k is None:
        return None
    named = party_names(ctx, gaz, max(0, k - 3), k)
    if named:
        return named[-1][1]
    if ctx.w(k) in ENEMY_TERMS and belligerent(gaz, claimant_side):
        return main_enemy(gaz, claimant_side, ctx, doc)
    return None


def antecedent_noun(ctx: SentenceContext, link: Link, nouns: set[str]) -> int | None:
    """Token of the people noun (one of `nouns`) "them"/"whom" refers to: the nearest
    before the count that is not the subject of the count's own verb ("troops killed
    about 100 of them": the killers, not the people counted)."""
    for k in range(link.qty.tok_start - 1, -1, -1):
        if k + 1 == link.cue_start and link.how == "left":
            continue
        w = ctx.w(k)
        if w in nouns and w not in ("them", "whom", "others", "more"):
            return k
    return None


def loser(ctx: SentenceContext, gaz: Gazetteer, link: Link, claimant_side: str | None = None,
           direct: bool = False) -> str | None:
    """The subject of "lost"/"suffered" before the count: "Ukraine had lost 50,000",
    "Wagner's units were losing dozens of men" -> the side that lost them. With `direct`,
    only a side named just before the verb ("Ukraine has lost")."""
    reach = 5
    if link.how == "coord":
        reach = 10  # "Kiev lost up to 215 and over 230 soldiers": the verb before the first count
    for k in range(link.qty.tok_start - 1, max(-1, link.qty.tok_start - reach), -1):
        if ctx.w(k) in LOSS_VERBS:
            if direct:
                j = k - 1
                while ctx.w(j) in AUX or ctx.w(j) in ("has", "have", "is", "are"):
                    j -= 1
                named = [s for s in party_names(ctx, gaz, max(0, j - 3), j + 1) if mention_end(ctx, gaz, s[0]) == j + 1
                         and not locative(ctx, s[0], _WHERE_FORCES_ARE)]
                return named[-1][1] if named else None
            # the subject is in the loss verb's own clause: "Ukraine's General Staff said the
            # enemy lost 500" names the speaker before "said", not who lost them
            lo = _clause_after_speech(ctx, max(0, k - 6), k)
            named = party_names(ctx, gaz, lo, k)
            # "Russia's forces in Ukraine have lost 20,000": where the forces are is not who lost them
            subjects = [s for s in named if not locative(ctx, s[0], _WHERE_FORCES_ARE)]
            if subjects or named:
                return (subjects or named)[-1][1]
            subj = {ctx.w(m) for m in range(max(lo, k - 4), k)}
            if "enemy" in subj and belligerent(gaz, claimant_side) and ctx.w(k - 1) != "we":
                # "Over the past 24 hours, the enemy lost up to 300 servicemen"
                return main_enemy(gaz, claimant_side, ctx)
            if subj & {"we", "his", "her", "our", "my"} and belligerent(gaz, claimant_side):
                return claimant_side  # "his division alone had lost 30", "we lost 18 of our soldiers"
            return None
    # "inflicted losses of up to 470 servicemen on Ukrainian units": the side after "on"
    if any(ctx.w(m) in _INFLICT for m in range(max(0, link.cue_start - 3), link.qty.tok_start)):
        for m in range(link.qty.tok_end, min(len(ctx.toks), link.qty.tok_end + 6)):
            if ctx.w(m) == "on":
                named = party_names(ctx, gaz, m + 1, m + 4)
                if named:
                    return named[0][1]
    return None


# prepositions that place a loser's forces ("Russia's forces in Ukraine have lost 20,000")
_WHERE_FORCES_ARE = {"in", "across", "inside", "near", "at"}


def _clause_after_speech(ctx: SentenceContext, lo: int, k: int) -> int:
    """First token of [lo, k) after the last reporting verb or "that" before token k."""
    for m in range(k - 1, lo - 1, -1):
        if ctx.w(m) in L.REPORTING_VERBS or ctx.w(m) in ("that", ";", ":"):
            return m + 1
    return lo


_INFLICT = {"inflicted", "inflicting", "inflict", "inflicts", "caused", "causing"}


_REMAINS = {"bodies", "body", "remains", "coffins"}


def _remains_owner(ctx: SentenceContext, gaz: Gazetteer, link: Link, exclude: set[int]) -> str | None:
    """ "Russia ... received 78 bodies of its own servicemen", "Ukraine received 900 bodies
    of its fallen soldiers": "its" inside the count's phrase points at the side that is the
    subject of the clause (the nearest side's name before the count that is neither a
    demonym of a people noun nor a place after a preposition)."""
    words = [ctx.w(j) for j in range(link.qty.tok_end, min(len(ctx.toks), link.qty.tok_end + 4))]
    if not (words[:1] and words[0] in _REMAINS and words[1:2] == ["of"] and words[2:3] and words[2] in ("its", "their")):
        return None
    start = clause_start(ctx, link.qty.tok_start)
    for tok, side, form in reversed(mention_sides(ctx, gaz, start, link.qty.tok_start, exclude)):
        if form in ("demonym", "place") or locative(ctx, tok, LOCATIVE | {"into", "to", "from", "by", "of", "against"}):
            continue
        return side
    return None
