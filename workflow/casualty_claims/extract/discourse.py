"""Attribution across sentences: what a reader knows from earlier in the document.

`document_attributions(ctxs, gazetteer)` returns, per sentence, the attributions of
`sentence_attributions` with what only the document tells:

- people: a person introduced with a role ("Lieutenant General Rajiv Ghai, the director
  general of military operations, told ...") is recognised later by surname ("Ghai
  said"); a person whose role names no side takes the side of the last source of the
  same kind (an army officer after "India's military said"), never a third party's;
- reproduced statements: a sentence that introduces a text ("The statement reads in
  full:", "The text of the press release is reproduced below.", "Its statement said:")
  gives its speaker to the block that follows, quoted or not, until a paragraph names
  a speaker of its own;
- statement documents: a title such as "Statement by the Ministry of Defence" or
  "Press release" makes the issuer the voice of the whole document (a "colon" attribution
  on the title, like a headline "ISPR: ...");
- revisions: "The toll later rose to 89." with nobody named continues the source of the
  sentence before it.

Attributions added here have form "voice": they yield to any speaker named in the
sentence itself (see attribution.choose).
"""

from __future__ import annotations

import re
from dataclasses import replace

from casualty_claims.extract.attribution import (
    Attribution,
    Claimant,
    SpeakerMention,
    sentence_attributions,
)
from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer

# Kinds of gazetteer actors a person of a given role may stand in for.
_COMPATIBLE = {
    "military": {"military", "general_staff", "defence_ministry", "spokesperson", "armed_group"},
    "ministry": {"government", "defence_ministry", "foreign_ministry", "head_of_state", "spokesperson",
                 "military", "general_staff", "health_ministry", "local_authority", "state_media"},
    "person": None,  # anyone but a third party
}
_INTRO = re.compile(r"(reads? (in full|as follows)|reproduced below|is as follows|following (statement|text|"
                    r"press release|communiqu)|full text|text of (the|its|his|her) (statement|press release|"
                    r"communiqu|post|address|briefing))", re.I)
_STATEMENT_TITLE = re.compile(r"^\s*(statement|press release|communiqu|joint statement|official statement)", re.I)
_ISSUER_PREFIX = re.compile(r"^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,5}:\s")
_TOLL_SUBJECTS = {"toll", "figure", "figures", "tally", "count", "number", "total", "numbers"}
_REVISION_VERBS = {"rose", "risen", "climbed", "increased", "grew", "jumped", "raised", "revised", "reached",
                   "stood", "stands", "rises", "climbs", "went", "later", "then", "subsequently"}


def _voice(claimant: Claimant, form: str = "voice") -> Attribution:
    # zero-width mention: the voice has no words in the sentence
    return Attribution(SpeakerMention(0, 0, claimant, "voice", "voice"), 0, form, claimant)


def _compatible(gaz: Gazetteer, kind: str, claimant: Claimant) -> bool:
    if claimant.side == THIRD_PARTY:
        return False  # a minister or general is never the UN's or a newspaper's
    allowed = _COMPATIBLE.get(kind)
    actor = gaz.actors.get(claimant.id)
    return allowed is None or actor is None or actor.kind in allowed


def _resolve_person(gaz: Gazetteer, at: Attribution, sentence: list[Attribution],
                    last: list[Claimant]) -> Attribution:
    """A person whose role named no side: a named source earlier in the sentence, else the
    last named source of a compatible kind; "local" people are left to the caller."""
    m = at.mention
    if at.claimant is not None or m.strength != "person" or m.kind == "local":
        return at
    for other in reversed(sentence):
        if other.claimant is not None and other.mention.b <= m.a and other.mention.strength != "person":
            return replace(at, claimant=other.claimant)
    for claimant in reversed(last):
        if _compatible(gaz, m.kind, claimant):
            return replace(at, claimant=claimant)
    return at


def _names(ctx: SentenceContext, m: SpeakerMention) -> list[str]:
    """The capitalised words of a person mention, lower-case ("valentyn", "reznichenko")."""
    return [ctx.low[k] for k in range(m.a, m.b) if ctx.toks[k].text[:1].isupper() and ctx.low[k].isalpha()
            and len(ctx.low[k]) > 2]


def _is_revision(ctx: SentenceContext) -> bool:
    """"The toll later rose to 89." / "Within days the figure rose to eighty-nine." """
    head = ctx.low[:8]
    return any(w in _TOLL_SUBJECTS for w in head) and any(w in _REVISION_VERBS for w in ctx.low)


def _statement_issuer(ctxs: list[SentenceContext], per: list[list[Attribution]]) -> Claimant | None:
    """The issuer of a statement document: titled "Statement by ...", "Press release", or
    "<Issuer>: ..." where the issuer is not in the gazetteer but is named in the opening
    lines ("The following statement was issued by the ... Office of the Republic of X")."""
    if not ctxs:
        return None
    title = ctxs[0].sentence.text
    if not (_STATEMENT_TITLE.match(title) or _ISSUER_PREFIX.match(title)):
        return None
    for ats in per[:4]:
        for at in ats:
            if at.claimant is not None:
                return at.claimant
    return None


def document_attributions(ctxs: list[SentenceContext], gaz: Gazetteer) -> list[list[Attribution]]:
    known: dict[str, tuple[Claimant | None, str]] = {}
    last: list[Claimant] = []  # named sources so far, in order
    block: Claimant | None = None  # voice of a reproduced statement being read
    block_paragraph = -1
    quote_open = False
    prev_claimant: Claimant | None = None
    per: list[list[Attribution]] = []
    for ctx in ctxs:
        para = ctx.sentence.paragraph
        ats: list[Attribution] = []
        for at in sentence_attributions(ctx, gaz, known):
            at = _resolve_person(gaz, at, ats, last)
            ats.append(at)
            if at.mention.strength == "person":
                for name in _names(ctx, at.mention):
                    known[name] = (at.claimant, at.mention.kind)
        own = [at for at in ats if at.claimant is not None or at.mention.kind == "local"]
        in_block = block is not None and para > block_paragraph
        if in_block and own and not quote_open:
            block, in_block = None, False  # a paragraph with its own speaker ends the statement
        if in_block:
            ats.append(_voice(block))
            quotes = ctx.sentence.text.count('"') + ctx.sentence.text.count("\u201c") + ctx.sentence.text.count("\u201d")
            was_open = quote_open
            quote_open = quote_open != (quotes % 2 == 1)
            if was_open and not quote_open:
                block = None  # the quoted statement has closed
        elif not own and prev_claimant is not None and _is_revision(ctx):
            ats.append(_voice(prev_claimant))
        if _INTRO.search(ctx.sentence.text) or ctx.sentence.text.rstrip().endswith(":"):
            speaker = next((at.claimant for at in reversed(ats) if at.claimant is not None), None)
            # "It reads as follows:", "His message said:": the text of the source just named
            pronoun = any(w in ("it", "its", "he", "his", "she", "her", "they", "their") for w in ctx.low)
            if speaker is None and (_mentions_a_text(ctx) or pronoun) and last:
                speaker = last[-1]  # "Its statement, also in translation, said:"
            if speaker is not None:
                block, block_paragraph, quote_open = speaker, para, False
        named = [at.claimant for at in ats if at.claimant is not None]
        last.extend(named)
        prev_claimant = named[-1] if named else None
        per.append(ats)
    issuer = _statement_issuer(ctxs, per)
    if issuer is not None and not any(at.form == "colon" for at in per[0]):
        per[0] = per[0] + [_voice(issuer, "colon")]
    return per


def _mentions_a_text(ctx: SentenceContext) -> bool:
    return any(w in ("statement", "release", "text", "communique", "post", "message", "address", "briefing",
                     "bulletin", "update", "report") for w in ctx.low)
