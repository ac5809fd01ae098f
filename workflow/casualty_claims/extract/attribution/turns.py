"""Speaker turns in transcripts and briefings: "POPKO: ...", "LIASHKO: ...", "BELL: ...".

A speaker label opening a paragraph owns the whole paragraph: a figure in a later sentence
of the turn with nobody named in its own sentence is the labelled speaker's, and the
speaker's "we" and "our" are the speaker's organisation ("we have verified" in a UN
monitor's turn is the UN's; "Our General Staff reported" in a Ukrainian official's turn is
Ukraine's General Staff).

Only a speaker the document has introduced counts: a gazetteer actor, or a person named
earlier with a role ("Speakers: Serhii Popko, head of ...; Viktor Liashko, Minister of
Health"). Broadcasters' labels ("ANCHOR:", "HOST:", "REPORTER:") and journalists' questions
("JOURNALIST (Reuters):") name nobody who issues figures: their text keeps its own sources
or the author's voice.
"""

from __future__ import annotations

import re

from casualty_claims.extract.attribution.claimants import Attribution, Claimant
from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer

# "POPKO: ", "JOURNALIST (Suspilne): ", "PANELLIST (Maj Gen, retd): " at the start of a paragraph
_LABEL = re.compile(r"^\s*([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]+){0,3})\s*(?:\([^)]{0,40}\))?:\s")
# Roles of the people asking, hosting or reporting: their turns are no party's statements.
_NON_ISSUERS = {"journalist", "reporter", "anchor", "host", "presenter", "correspondent", "moderator",
                "interviewer", "question", "q", "panellist", "panelist", "analyst", "caller", "narrator"}
# Words before a body that make it the turn speaker's own: "our General Staff", "we".
_FIRST_PLURAL = {"we", "our", "us"}
# Roles of an official whose title names no side (a minister, a head of administration).
OFFICIAL_KINDS = {"ministry", "military", "local", "local_authority", "government"}


def label_words(ctx: SentenceContext) -> list[str] | None:
    """The lower-case words of a speaker label opening the sentence, or None. A label is in
    capitals and ends in a colon ("LIASHKO:", "DANIELLE BELL:")."""
    m = _LABEL.match(ctx.sentence.text)
    if m is None:
        return None
    return m.group(1).lower().split()


# The interviewee's label in a question-and-answer interview ("Q: ... A: ..."): the person the
# lead introduces ("We spoke to its director, Rami Abdulrahman, by phone").
ANSWER_LABELS = (["a"], ["answer"])


def is_question(words: list[str]) -> bool:
    return words in (["q"], ["question"])


def is_non_issuer(words: list[str]) -> bool:
    return any(w.strip(".") in _NON_ISSUERS for w in words)


# Labels of a body's own speaker that name no one ("SPOKESPERSON:", "DEPUTY SPOKESMAN:").
_SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "deputy", "spokespersons"}


def label_speaker(ctx: SentenceContext, words: list[str], ats: list[Attribution],
                  introduced: dict[str, str], panel_sides: set[str], gaz: Gazetteer,
                  issuer: Claimant | None = None) -> Claimant | None:
    """Who speaks in the turn: the claimant the label resolves to (an actor or a person known
    with a side), else a person introduced with an official role but no side, who speaks for
    the side every other official on the panel speaks for; a bare "SPOKESPERSON" is the
    spokesperson of the body whose briefing the title names."""
    if is_non_issuer(words):
        return None
    if issuer is not None and words and all(w in _SPOKESPEOPLE for w in words) and words != ["deputy"]:
        return issuer
    for at in ats:
        if at.mention.a == 0 and at.claimant is not None and at.form in ("colon", "voice"):
            return at.claimant if at.mention.kind != "media" else None
    kinds = [introduced[w] for w in words if w in introduced]
    if kinds and kinds[0] in OFFICIAL_KINDS and len(panel_sides) == 1:
        side = next(iter(panel_sides))
        return Claimant(gaz.actor_for(side, "government") or side, side)
    return None


def is_first_plural(ctx: SentenceContext, at: Attribution) -> bool:
    """Is the mention "we"/"us" or a body introduced by "our" ("Our General Staff reported")?"""
    m = at.mention
    return ctx.w(m.a) in _FIRST_PLURAL or ctx.w(m.a - 1) == "our"


def own_body(ctx: SentenceContext, at: Attribution, speaker: Claimant, gaz: Gazetteer) -> Claimant:
    """The body a turn speaker means by "we" or "our X": the speaker itself for "we", the
    speaker's side's body for "our General Staff", "our ministry"."""
    if ctx.w(at.mention.a) in _FIRST_PLURAL or speaker.side == THIRD_PARTY or speaker.side not in gaz.sides:
        return speaker
    words = set(ctx.low[at.mention.a:at.mention.b + 1])
    kind = "general_staff" if "staff" in words else "military" if words & {"army", "military", "forces"} else None
    actor = gaz.actor_for(speaker.side, kind) if kind else None
    return Claimant(actor or speaker.side, speaker.side)
