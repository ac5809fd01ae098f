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
from dataclasses import dataclass, field, replace

from casualty_claims.extract.attribution import (
    OUTLET_DATELINE,
    Attribution,
    LOCAL_SPEAKER,
    Claimant,
    SpeakerMention,
    find_speaker_mentions,
    sentence_attributions,
)
from casualty_claims.extract import lexicon as L
from casualty_claims.extract.attribution.reporting_verbs import REPORTING
from casualty_claims.extract.attribution.tables import source_cell_span, source_columns
from casualty_claims.extract.attribution.continuation import (introduces_breakdown, is_figure_restated,
                                                              is_share_of_previous)
from casualty_claims.extract.attribution.sentence import WATCHER_HEADS
from casualty_claims.extract.attribution.speaker_mentions import WATCHER_ANAPHORS
from casualty_claims.extract.attribution.turns import (ANSWER_LABELS, is_first_plural, is_question, label_speaker,
                                                       label_words, own_body)
from casualty_claims.extract.speakers import MEDIA_NOUNS, ROLE_KINDS, _ORG_HEADS, personal_name
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


# The voice of a local source carried into the next sentence: resolved per figure to the place hit.
_LOCAL_VOICE = Attribution(SpeakerMention(0, 0, None, "local", "voice"), 0, "voice", None)


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
                    last: list[Claimant], ctx: SentenceContext | None = None,
                    subjects: list[Claimant] | None = None) -> Attribution:
    """A person whose role named no side: a named source earlier in the sentence, else the
    subject of the sentence ("Ukraine has not published ...; a presidential adviser, X,
    said"), else the last named source of a compatible kind, else the subject of an earlier
    sentence ("Ukrainian forces repelled ... . ..., the General Staff said"); "local"
    people are left to the caller."""
    m = at.mention
    if at.claimant is not None or m.strength != "person" or m.kind == "local":
        return at
    for other in reversed(sentence):
        if other.claimant is not None and other.mention.b <= m.a and other.mention.strength != "person":
            return replace(at, claimant=other.claimant)
    here = opening_place_side(ctx, gaz) if ctx is not None else None
    if here is not None:  # "In New Delhi, Director General of Military Operations Lt Gen X told reporters"
        for kind in (["military", "general_staff", "defence_ministry"] if m.kind == "military" else ["government"]):
            actor_id = gaz.actor_for(here, kind)
            if actor_id is not None:
                return replace(at, claimant=Claimant(actor_id, here))
        return replace(at, claimant=Claimant(here, here))
    if ctx is not None:
        for s in find_speaker_mentions(ctx, gaz):
            if s.b <= m.a and s.claimant is not None and s.a == (1 if ctx.w(0) == "the" else 0) \
                    and s.strength in ("actor", "composite", "side") and s.kind != "demonym" \
                    and _compatible(gaz, m.kind, s.claimant):
                return replace(at, claimant=s.claimant)
    if ctx is not None and ctx.w(m.a - 1) in _BODY_NOUNS and ctx.w(m.a - 2) in ("the", "its", "their") and last:
        return replace(at, claimant=last[-1])  # "The office spokesman, Rupert Colville, said": the office named before
    for claimant in [*reversed(last), *reversed(subjects or [])]:
        if _compatible(gaz, m.kind, claimant):
            return replace(at, claimant=claimant)
    return at


# A body named by its kind before its spokesman: "the office spokesman", "the agency's spokesperson".
_BODY_NOUNS = {"office", "agency", "mission", "organisation", "organization", "body", "commission", "committee",
               "office's", "agency's", "mission's", "organisation's", "organization's", "commission's", "committee's"}


def _names(ctx: SentenceContext, m: SpeakerMention) -> list[str]:
    """The capitalised words of a person mention, lower-case ("valentyn", "reznichenko"), without
    the words of a side's name inside it ("Israel Katz" is known later as "Katz", never "Israel")."""
    inside: set[int] = set()
    for sm in [*ctx.sides, *ctx.places]:  # (nor a place's: "the Karabakh ombudsman, X" is not "Karabakh said")
        sa, sb = ctx.tok_index_of_mention(sm)
        inside.update(range(sa, sb))
    return [ctx.low[k] for k in range(m.a, m.b) if ctx.toks[k].text[:1].isupper() and ctx.low[k].isalpha()
            and len(ctx.low[k]) > 2 and k not in inside]


def _is_revision(ctx: SentenceContext) -> bool:
    """"The toll later rose to 89." / "Within days the figure rose to eighty-nine." """
    head = ctx.low[:8]
    # (not a total of a period of its own: "The death toll in Lebanon from the confrontations since Oct. 8 has
    # now risen to 95" after a group's count of its fighters is the writer's running total)
    return any(w in _TOLL_SUBJECTS for w in head) and any(w in _REVISION_VERBS for w in ctx.low) \
        and "since" not in ctx.low[:ctx.low.index(next(w for w in ctx.low if w in _REVISION_VERBS))]


def _statement_issuer(ctxs: list[SentenceContext], per: list[list[Attribution]]) -> Claimant | None:
    """The issuer of a statement document: titled "Statement by ...", "Press release", or
    "<Issuer>: ..." where the issuer is not in the gazetteer but is named in the opening
    lines ("The following statement was issued by the ... Office of the Republic of X")."""
    if not ctxs:
        return None
    title = ctxs[0].sentence.text
    prefix = _ISSUER_PREFIX.match(title)
    # "Defence Ministry: toll rises to 89" names an issuer; "Uman: death toll rises to 23" a place
    if prefix and not any(w.lower().rstrip("'s") in _ORG_HEADS or w.lower() in ROLE_KINDS
                          for w in re.findall(r"[\w'’]+", prefix.group(0))):
        prefix = None
    if not (_STATEMENT_TITLE.match(title) or prefix):
        return _release_issuer(ctxs, per)
    return _first_named(per[:4], background=True) or _issuer_from_title(ctxs)


# A genre line standing alone near the top: "PRESS RELEASE", "News release", "FLASH UPDATE #12".
_RELEASE_LINE = re.compile(r"^\s*(press release|news release|media release|press statement|statement|communiqu\S*|"
                           r"flash update|situation report|sitrep|briefing note|monthly update)\b[\s#\d:.-]*$", re.I)


def _release_issuer(ctxs: list[SentenceContext], per: list[list[Attribution]]) -> Claimant | None:
    """The issuer of a press release, situation report or briefing note: a genre line of its own
    ("PRESS RELEASE") among the first paragraphs, and the lead after it naming the issuer ("KYIV
    (9 May 2025) – At least 209 civilians were killed ..., the UN Human Rights Monitoring
    Mission in Ukraine said today"). Its figures with no source of their own are the issuer's."""
    for i, ctx in enumerate(ctxs[:4]):
        if _RELEASE_LINE.match(ctx.sentence.text):
            lead = [j for j in range(i + 1, min(len(ctxs), i + 4))
                    if ctxs[j].sentence.paragraph == ctxs[i + 1].sentence.paragraph] if i + 1 < len(ctxs) else []
            return _first_named([per[j] for j in lead])
    return None


def _first_named(pers: list[list[Attribution]], background: bool = False) -> Claimant | None:
    for ats in pers:
        for at in ats:
            if at.claimant is not None and (background or at.form != "background"):
                return at.claimant
    return None


def _issuer_from_title(ctxs: list[SentenceContext]) -> Claimant | None:
    # "Statement of the Ministry of Health, Sanaa, on the American aggression": the place named
    # with the issuer, not the attacker named after "on"/"against"
    ctx = ctxs[0]
    for m in ctx.sides:
        a, _ = ctx.tok_index_of_mention(m)
        if m.form == "alias" and not {"on", "against", "by", "in"} & set(ctx.low[:a]):
            return Claimant(m.ref, m.ref)
    return None


# ---- pronouns ---------------------------------------------------------------------
# "he"/"she" refer to people, "it" to organisations and states, "they" to either;
# "the group" to an armed group. News English names the antecedent as the subject of a
# sentence ("Russia's Defence Ministry did not mention Hroza. It said ...") or as a
# speaker, and a pronoun's antecedent is never the victims' side named in passing.
_PERSONAL = {"he", "she"}
_IMPERSONAL = {"it", "they"}
_GROUP_WORDS = {"group", "militia", "movement", "organisation", "organization"}
# Words by which news English refers back to a monitor, rights group or aid organisation named
# before ("The Syrian Observatory ... said 40 were killed. The monitor said ...", "The Sudan
# Doctors Network said ... The network added", "Airwars and Amnesty said ... The two groups said").
_WATCHER_WORDS = {"monitor", "observatory", "watchdog", "network", "charity", "groups", "organisations",
                  "organizations", "ngo", "group", "organisation", "organization"}
_WATCHER_KINDS = {"ngo", "monitor", "research"}
_OWNER_WORDS = {"its", "their"}
_TEXT_WORDS = {"statement", "report", "tally", "figures", "data", "update", "briefing", "bulletin", "post",
               "communique", "channel", "slide", "slides", "infographic", "graphic", "chart", "dossier", "presentation",
               "document", "documents"}
_STATE_KINDS = {"head_of_state", "government", "defence_ministry", "foreign_ministry"}
_MINISTRY_MODIFIERS = {"defence", "defense", "health", "foreign", "interior", "own"}


@dataclass
class Salience:
    """What a pronoun can refer to, as the document is read."""

    person: Attribution | None = None  # the last person quoted
    orgs: list[Claimant] = field(default_factory=list)  # organisations and states as subjects or speakers
    groups: list[Claimant] = field(default_factory=list)  # armed groups named, in order
    watchers: list[Claimant] = field(default_factory=list)  # monitors, rights groups, aid organisations named
    # len(orgs) when a local body with no side of its own last spoke ("The city council said ... . It said"):
    # "it" is that body (speaking for the place hit) while no other organisation has spoken since
    local_org_at: int | None = None
    local_people_at: int | None = None  # the same for local people ("officials", "rescuers"): "they"

    def local_org_spoke_last(self) -> bool:
        return self.local_org_at is not None and self.local_org_at == len(self.orgs)

    def local_people_spoke_last(self) -> bool:
        return self.local_people_at is not None and self.local_people_at == len(self.orgs)

    def update(self, ctx: SentenceContext, gaz: Gazetteer, ats: list[Attribution],
               mentions: list[SpeakerMention]) -> None:
        for m in mentions:
            if m.claimant is not None and _is_group(gaz, m.claimant):
                self.groups.append(m.claimant)
            elif m.claimant is not None and m.claimant.side == THIRD_PARTY and m.strength in ("person", "composite") \
                    and any(ctx.w(k) in _GROUP_WORDS | {"network", "committees", "committee"} for k in range(m.a, m.b)):
                self.groups.append(m.claimant)  # "a doctors' group said ... . The group added"
                self.watchers.append(m.claimant)
            elif m.claimant is not None and _is_watcher(gaz, m.claimant):
                self.watchers.append(m.claimant)  # "Human Rights Watch said ... . The group said"
                self.groups.append(m.claimant)
        # (not a side's adjective before what it did: "Russian drones hit Kharkiv" names no one who speaks later)
        subjects = [m for m in mentions if m.claimant is not None and _is_subject(ctx, m)
                    and not _is_person(ctx, m) and not (m.strength == "side" and m.kind == "demonym"
                                                        and not ctx.w(m.b - 1).endswith("s"))
                    and not _names_the_victims(ctx, m)]
        self.orgs.extend(m.claimant for m in subjects)
        # a named person opening the sentence is whom "he"/"she" next refers to, speaking or not
        # ("Israeli military spokesman Daniel Hagari spoke to reporters. '...,' he said")
        people = [m for m in mentions if m.claimant is not None and m.strength in ("person", "actor")
                  and (_is_subject(ctx, m) or any(o.b == m.a and _is_subject(ctx, o) for o in mentions))
                  and _is_person(ctx, m)]  # (after the role that opens it: "Russian defence minister Sergei Shoigu")
        if people and not any(_is_person(ctx, at.mention) for at in ats):
            self.person = Attribution(people[0], people[0].b, "pre", people[0].claimant)
        for at in ats:
            if at.form == "voice" or (at.form == "label" and at.mention.kind == "media"):
                continue  # a newspaper's name over its headline is no antecedent of "it"
            if _is_person(ctx, at.mention):
                self.person = at
            elif at.claimant is not None and at.mention.strength != "person":
                self.orgs.append(at.claimant)
            elif at.claimant is None and at.mention.kind == "local" and _local_org(ctx, at.mention):
                self.local_org_at = len(self.orgs)
            elif at.claimant is None and at.mention.kind == "local" and at.mention.strength == "anaphor" \
                    and ctx.w(at.mention.b - 1).endswith("s"):
                self.local_people_at = len(self.orgs)  # "Karabakh officials said ... . ..., they added"


def _is_watcher(gaz: Gazetteer, claimant: Claimant) -> bool:
    actor = gaz.actors.get(claimant.id)
    return actor is not None and actor.side == THIRD_PARTY and actor.kind in _WATCHER_KINDS


# Head words of a local body that "it" can refer to (not "officials", "doctors": people are "they").
_LOCAL_ORG_HEADS = {"ministry", "council", "administration", "office", "service", "hospital", "department",
                    "company", "operator", "utility", "municipality", "hall", "authority", "moh", "agency"}


def _local_org(ctx: SentenceContext, m: SpeakerMention) -> bool:
    return any(ctx.w(k) in _LOCAL_ORG_HEADS for k in range(m.a, m.b))


def _is_group(gaz: Gazetteer, claimant: Claimant) -> bool:
    """An armed group, not a state: its actor is one, or its side has no people of its own
    (Islamic State, Hezbollah, RSF), or only armed-group actors and no state institutions."""
    actor = gaz.actors.get(claimant.id)
    if actor is not None:
        return actor.kind == "armed_group"
    side = gaz.sides.get(claimant.side)
    if side is None:
        return False
    kinds = {a.kind for a in gaz.actors.values() if a.side == side.id}
    return not side.demonyms or ("armed_group" in kinds and not kinds & _STATE_KINDS)


def _is_subject(ctx: SentenceContext, m: SpeakerMention) -> bool:
    """A mention opening its sentence, or its main clause after an introductory phrase
    ("On Monday, Russia's defence ministry ...")."""
    k = m.a
    if k > 0 and ctx.w(k - 1) == "the":
        k -= 1
    return k == 0 or ctx.w(k - 1) == "," and "," not in ctx.low[:k - 1] and k <= 8


# Heads after a body's name that make it whose people were hit, not who speaks: "The AFU losses ... , it said".
_VICTIM_HEADS = L.CASUALTIES_AFTER | L.MILITARY_NOUNS | {"dead", "death", "deaths", "toll", "killed", "wounded"}


def _names_the_victims(ctx: SentenceContext, m: SpeakerMention) -> bool:
    """Is the mention the modifier or possessor of the people counted ("The AFU losses", "Ukrainian army
    casualties", "the IDF's dead")? Such a body is no antecedent for the ', it said' that closes the figure."""
    k = m.b + 1 if ctx.w(m.b) in ("'s", "'") else m.b
    return ctx.w(k) in _VICTIM_HEADS


def _is_person(ctx: SentenceContext, m: SpeakerMention) -> bool:
    """A person, as opposed to an organisation: a role or a name ("Kremlin spokesman",
    "Igor Konashenkov"), never an organisation's name ("Ministry of Defence", "SOHR")."""
    if m.strength == "person" and m.claimant is not None and m.claimant.side == THIRD_PARTY and any(
            ctx.w(k) in _ORG_HEADS | {"mission", "observatory", "monitor"} for k in range(m.a, m.b)):
        return False  # "The U.N. Human Rights Monitoring Mission in Ukraine said ... . It had verified": a body
    if m.strength == "person" or m.kind in ("he", "she", "spokesperson"):
        return True
    if m.strength == "anaphor" and ROLE_KINDS.get(m.kind) not in (None, THIRD_PARTY):
        return True  # "A Ukrainian brigade commander, who ..., told AFP ... , he said": the commander
    if m.strength != "actor" or m.b <= m.a:
        return False
    words = [t.text for t in ctx.toks[m.a:m.b]]
    # ("the Ukrainian General Staff" is a body: "General" there is no officer's rank)
    if any(w.lower() in ROLE_KINDS and ROLE_KINDS[w.lower()] != THIRD_PARTY
           and not (w.lower() == "general" and i + 1 < len(words) and words[i + 1].lower() == "staff")
           for i, w in enumerate(words)):
        return True
    return all(w[:1].isupper() and not w.isupper() and w.lower() not in _ORG_HEADS and "'" not in w
               for w in words if w.isalpha()) and m.kind in ("head_of_state", "defence_ministry", "military",
                                                               "government", "foreign_ministry", "local_authority")


def _clause_subject_before(ctx: SentenceContext, b: int, k: int) -> bool:
    """Is the mention ending at b the subject of the very clause a closing ", it said" at k reports (no verb of
    speech, colon or semicolon between: "Ukraine lost up to 500 servicemen ..., it said")? Not the subject of
    a sentence whose reported words come after its own verb ("Amnesty ... was more cautious: it could confirm
    ..., it wrote")."""
    return not any(ctx.w(j) in (":", ";") or ctx.w(j) in REPORTING for j in range(b, k))


_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")


def _quoted_apart(ctx: SentenceContext, a: int, k: int) -> bool:
    """Is token a inside a quotation and token k outside it ('"Russia lost 650 soldiers in the past day," it
    said')? The quoted words' subject is what the speaker said, not who "it" is."""
    text = ctx.sentence.text
    if not any(q in text for q in _QUOTE_MARKS) or a >= len(ctx.toks) or k >= len(ctx.toks):
        return False
    def inside(t: int) -> bool:
        return sum(text[:ctx.toks[t].start].count(q) for q in _QUOTE_MARKS) % 2 == 1
    return inside(a) and not inside(k)


def _resolve_pronoun(ctx: SentenceContext, gaz: Gazetteer, at: Attribution, before: list[Attribution],
                     mentions: list[SpeakerMention], salience: Salience) -> Attribution:
    """An anaphor's antecedent: a speaker earlier in the sentence, else the salient one of
    the right kind. Unresolved anaphors stay None for the caller's fallbacks."""
    m = at.mention
    if at.claimant is not None or m.strength != "anaphor":
        return at
    word = m.kind
    if word in _PERSONAL:
        people = [b for b in before if _is_person(ctx, b.mention)]
        ref = people[-1] if people else salience.person
        if ref is None:
            return at
        if ref.claimant is None:  # a governor, a doctor: speaks for the place hit
            return replace(at, mention=replace(m, kind="local")) if ref.mention.kind == "local" else at
        return replace(at, claimant=ref.claimant)
    if word == "they":
        # the nearest plural source before it in the sentence: "Russian volunteer groups searching for them say
        # that they have registered 48,000", not "Russia" further back
        plural = [s for s in mentions if s.b <= m.a and s.claimant is not None and s.strength != "anaphor"
                  and ctx.w(s.b - 1).endswith("s") and not ctx.w(s.b - 1).endswith("'s")
                  and not (s.strength == "side" and s.kind in ("demonym", "alias"))]
        if plural and not any(plural[-1].b <= b.mention.a < m.a and b.claimant is not None for b in before):
            return replace(at, claimant=plural[-1].claimant)
    if word in _IMPERSONAL:
        orgs = [b for b in before if b.mention.b <= m.a and not _is_person(ctx, b.mention)]
        if orgs and orgs[-1].claimant is not None:
            return replace(at, claimant=orgs[-1].claimant)
        closing = ctx.w(m.a - 1) == "," and at.form == "pre"  # "Ukraine lost up to 500 servicemen, it said"
        subjects = [s for s in mentions if s.b <= m.a and s.claimant is not None and _is_subject(ctx, s)
                    and not _is_person(ctx, s) and not _names_the_victims(ctx, s) and not _quoted_apart(ctx, s.a, m.a)
                    and not (closing and _clause_subject_before(ctx, s.b, m.a))]
        if subjects:  # "The UN human rights office said it had verified ..."
            return replace(at, claimant=subjects[-1].claimant)
        if orgs:  # an earlier speaker of the sentence, resolved by the caller
            return replace(at, mention=replace(m, kind="local")) if orgs[-1].mention.kind == "local" else at
        if word == "it" and salience.local_org_spoke_last():
            return replace(at, mention=replace(m, kind="local"))  # "The city council said ... . It said"
        if word == "they" and salience.local_people_spoke_last() and not any(
                s.b <= m.a and s.claimant is not None and not (s.strength == "side" and s.kind == "demonym")
                for s in mentions):
            return replace(at, mention=replace(m, kind="local"))  # "Karabakh officials said ... . ..., they added"
        return replace(at, claimant=salience.orgs[-1]) if salience.orgs and word == "it" else at
    if word in _GROUP_WORDS and ctx.w(m.a - 1) == "the" and salience.groups:
        return replace(at, claimant=salience.groups[-1])  # "the group claimed"
    if word in _WATCHER_WORDS and ctx.w(m.a - 1) in ("the", "this", "both", "two") and salience.watchers:
        return replace(at, claimant=salience.watchers[-1])  # "the monitor said", "the two groups said"
    if word in _TEXT_WORDS:
        if at.form == "possessive" and salience.orgs and not any(b.claimant is not None for b in before):
            return replace(at, claimant=salience.orgs[-1])  # "Its own tally ... stood at 59": the body named before
        if at.form == "pre" and ctx.w(m.a - 1) == "the" and ctx.w(m.a - 2) == "," and salience.orgs \
                and not any(b.claimant is not None for b in before) \
                and not any(s.claimant is not None and s.strength in ("actor", "composite", "person") and s.b <= m.a
                            for s in mentions) and _clause_subject_before(ctx, 0, m.a):
            # "Russia lost 1,100 soldiers in the past day, the report said": the text of the body named before,
            # not the side its clause is about
            return replace(at, claimant=salience.orgs[-1])
        return at  # "its monthly tally": whose text is the caller's business (the speaker nearby)
    owner = ctx.w(m.a - 1) in _OWNER_WORDS or (ctx.w(m.a - 1) in _MINISTRY_MODIFIERS and ctx.w(m.a - 2) in _OWNER_WORDS)
    if owner and salience.orgs and not any(b.claimant is not None for b in before):
        side = salience.orgs[-1].side  # "Azerbaijan did not disclose ... . Its defence ministry said"
        if side in gaz.sides:
            return replace(at, claimant=Claimant(side, side))
    return at


# ---- bodies named by their kind ------------------------------------------------------
# "the ministry", "the army", "a ministry official", "an army spokesman": the most recent
# source of that kind (a ministry is not the UN that spoke last); a side named as such
# ("Kyiv said") is of any kind its gazetteer actors have.
_KIND_WORDS = {
    "ministry": {"defence_ministry", "health_ministry", "foreign_ministry", "government"},
    "military": {"military", "general_staff", "defence_ministry"},
    "army": {"military", "general_staff"},
    "command": {"military", "general_staff"},
    "staff": {"general_staff", "military"},
    "forces": {"military", "general_staff", "armed_group"},
    "troops": {"military", "general_staff"},
    "mod": {"defence_ministry"},
    "rebels": {"armed_group"},
    "state_media": {"state_media", "government", "head_of_state"},
}
# every kind of _KIND_WORDS, in the order a side's actors are tried; state media before the government
# it speaks for ("State TV said" is the broadcaster's, when the side has one listed)
_KIND_ORDER = ["military", "general_staff", "defence_ministry", "state_media", "government", "head_of_state",
               "health_ministry", "foreign_ministry", "armed_group"]
_MINISTRY_KINDS = {"defence": "defence_ministry", "defense": "defence_ministry", "foreign": "foreign_ministry",
                   "health": "health_ministry"}
_PERSON_OF = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "source", "sources"}


def _kind_word(ctx: SentenceContext, m: SpeakerMention) -> str | None:
    word = ctx.w(m.a)
    word = word[:-2] if word.endswith("'s") else word
    if word == "mod" and ctx.toks[m.a].text in ("MoD", "MOD", "MoD's", "MOD's"):
        return "mod"
    if m.kind == "state_media":
        return "state_media"
    if word == "general" and ctx.w(m.a + 1) == "staff":
        word = "staff"  # "the General Staff"
    if word in ("commanders", "units"):
        word = "forces"  # "Military commanders said", "Counter-terrorism units said"
    if word in ("rebels", "militants", "insurgents", "jihadists", "guerrillas"):
        word = "rebels"  # "the rebels said": the armed group named before
    if word in ("junta", "regime"):
        word = "military"  # "the junta said", "the regime claimed": the state's forces in the war the story is about
    if word in _PERSON_OF and ctx.w(m.a - 1) in _KIND_WORDS:
        word = ctx.w(m.a - 1)  # "a ministry official", "an army spokesman"
    elif word in ("source", "sources") and ctx.w(m.a - 1) in ("security", "defence", "defense"):
        word = "military"  # "security sources said", "Defence sources said": the forces' own people
    elif word in _PERSON_OF and ctx.w(m.a + 1) in ("in", "at", "from", "of"):
        after = ctx.w(m.a + 3) if ctx.w(m.a + 2) == "the" else ctx.w(m.a + 2)
        if after in ("defence", "defense", "army", "military"):
            word = "military"  # "sources in the defence establishment", "officials at the army headquarters"
        elif after in _KIND_WORDS:
            word = after  # "officials of the ministry"
    return word if word in _KIND_WORDS else None


def _of_kind(gaz: Gazetteer, claimant: Claimant, kinds: set[str]) -> bool:
    if claimant.side == THIRD_PARTY:
        return False
    actor = gaz.actors.get(claimant.id)
    if actor is not None:
        return actor.kind in kinds
    # a side named as a speaker: it has such a body when the gazetteer lists one (or none at all)
    own = {a.kind for a in gaz.actors.values() if a.side == claimant.side}
    return not own or bool(own & kinds)


# "government forces", "the federal army", "regime troops": the state at war in the document
_STATE_MODIFIERS = {"government", "federal", "national", "regime", "pro-government", "state"}


def _coalition_named(gaz: Gazetteer, counts: dict[str, int]) -> str | None:
    """'the coalition': the one side the document has named whose gazetteer name calls it a coalition
    ("the Saudi-led coalition ... . The coalition also said its strikes had killed 180 Houthi fighters")."""
    sides = {s for s in counts if s in gaz.sides
             and any("coalition" in n.lower() for n in (gaz.sides[s].name, *gaz.sides[s].aliases))}
    return sides.pop() if len(sides) == 1 else None


def _enemy_of_group_named(ctx: SentenceContext, gaz: Gazetteer, after: int) -> str | None:
    """The one state at war with an armed group named after token `after` (Hamas, Hezbollah), or None."""
    for am in ctx.actors:
        actor = gaz.actors[am.ref]
        if actor.kind != "armed_group" or ctx.tok_index_of_mention(am)[0] < after:
            continue
        state = _lone_state_enemy(gaz, actor.side)
        if state is not None:
            return state
    for sm in ctx.sides:  # a group named by its side's name ("RSF fighters killed 40 ..., the army said")
        if ctx.tok_index_of_mention(sm)[0] < after or not _is_group(gaz, Claimant(sm.ref, sm.ref)):
            continue
        state = _lone_state_enemy(gaz, sm.ref)
        if state is not None:
            return state
    return None


def _lone_state_enemy(gaz: Gazetteer, group: str) -> str | None:
    """The state an armed group fights when it fights only one, else None."""
    states = {e for e in gaz.enemies_of(group) if e in gaz.sides and not _is_group(gaz, Claimant(e, e))}
    return states.pop() if len(states) == 1 else None


_LOSS_VERBS = {"lost", "loses", "lose", "suffered", "suffers"}


def _body_of(gaz: Gazetteer, side: str, kinds: set[str]) -> Claimant:
    """The side's body of one of these kinds, else the side itself."""
    for kind in sorted(kinds, key=_KIND_ORDER.index):
        actor_id = gaz.actor_for(side, kind)
        if actor_id is not None:
            return Claimant(actor_id, side)
    return Claimant(side, side)


def _signs_after(ctx: SentenceContext, at: Attribution) -> bool:
    """Does the source come after the clause it reports ("... - General Staff", "..., the General Staff said",
    "..., said the ministry")?"""
    a = at.mention.a
    if at.form == "colon":
        return True
    if at.form == "post":
        return at.anchor < a
    return at.form == "pre" and a > 0 and (ctx.w(a - 1) == "," or ctx.w(a - 1) == "the" and ctx.w(a - 2) == ",")


def _enemy_of_loser(ctx: SentenceContext, gaz: Gazetteer, at: Attribution, counts: dict[str, int] | None) -> str | None:
    """The one enemy of a side named by its name as the subject of a loss right after the reporting verb
    ("said Ukraine lost 400 servicemen", "said that Kyiv had lost 500 troops"), or None."""
    if _signs_after(ctx, at):
        j = 0  # "Russia lost 1,200 troops in a day - General Staff", "..., the General Staff said"
    elif at.form != "pre":
        return None
    else:
        j = at.anchor + 1
    if ctx.w(j) == "that":
        j += 1
    side = next((m for m in ctx.sides if ctx.tok_index_of_mention(m)[0] == j and m.form != "demonym"), None)
    if side is None:
        return None
    k = ctx.tok_index_of_mention(side)[1]
    while ctx.w(k) in ("had", "has", "have", "already", "now", "also") and k < j + 6:
        k += 1
    if ctx.w(k) not in _LOSS_VERBS:
        return None
    enemies = [e for e in gaz.enemies_of(side.ref) if e in gaz.sides]
    if len(enemies) > 1:
        enemies = [e for e in enemies if counts and e in counts]
    return enemies[0] if len(enemies) == 1 else None


def _state_side(gaz: Gazetteer, counts: dict[str, int]) -> str | None:
    """The state the document is most about, among those fighting a group it names."""
    named = [s for s in sorted(counts, key=lambda s: -counts[s]) if s in gaz.sides]
    for side in named:
        if _is_group(gaz, Claimant(side, side)):
            continue
        if any(_is_group(gaz, Claimant(o, o)) and gaz.are_enemies(side, o) for o in named):
            return side
    return None


# A dateline opening the body: "RAWALPINDI: ...", "KRAMATORSK, Ukraine, April 9 (AFP) - ...",
# "ANKARA (AA) - ...", "SANAA, May 8 (Xinhua) -- ...". Its place is where the story is written.
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:, ([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?))?"
                       r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\([A-Za-z .&-]{2,30}\))?\s*(?::|--?|\u2014|\u2013)\s")


def _side_named(gaz: Gazetteer, name: str) -> str | None:
    """The side a place or a side's name belongs to ("Rawalpindi" -> pakistan, "Kramatorsk" -> ukraine)."""
    for m in gaz.find_sides(name):
        if m.start == 0:
            return m.ref
    for m in gaz.find_places(name):
        if m.start == 0 and gaz.places[m.ref].side:
            return gaz.places[m.ref].side
    return None


# A place name opening the first paragraph of the body with a colon, as Indian and Pakistani papers
# write their datelines: "Jammu: Defence sources said ...", "Rawalpindi: ...".
_TITLE_DATELINE = re.compile(r"^\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?): ")


def home_side(ctxs: list[SentenceContext], gaz: Gazetteer) -> str | None:
    """The document's point of view: the side of the place in its dateline. A newspaper in
    Rawalpindi or a wire story from Kramatorsk that writes "the military said" or "the army's
    media wing" means the military of the place it writes from."""
    for i, ctx in enumerate(ctxs[:4]):
        match = _DATELINE.match(ctx.sentence.text)
        if match is None and i > 0 and ctxs[i - 1].sentence.paragraph != ctx.sentence.paragraph:
            titled = _TITLE_DATELINE.match(ctx.sentence.text)
            side = _side_named(gaz, titled.group(1)) if titled else None
            if side is not None and any(gaz.places[m.ref].side == side and ctx.tok_index_of_mention(m)[0] == 0
                                        for m in ctx.places):
                return side  # a town of the side, not the side's own name ("Sudan: ..." is a topic)
        if match is None:
            continue
        city = match.group(1).title()
        side = _side_named(gaz, city) or (_side_named(gaz, match.group(2)) if match.group(2) else None)
        if side is not None:
            return side
    return None


_LOSS_WORDS = {"killed", "dead", "died", "wounded", "injured", "martyred", "missing", "captured", "lost"}
_CLAUSE_BREAKS = {",", ";", ":", "as", "while", "but", "-", "\u2013", "\u2014"}


def own_losses_side(ctx: SentenceContext, gaz: Gazetteer) -> str | None:
    """The side whose soldiers a headline counts as fact, with no source in its clause ("Valley
    clash, a year on: 14 Indian soldiers killed, China admits three"): the author writes from that
    side's point of view. None when the headline states the losses of two sides."""
    clauses: list[tuple[int, int]] = []
    start = 0
    for k, w in enumerate(ctx.low + [","]):
        if w in _CLAUSE_BREAKS:
            clauses.append((start, k))
            start = k + 1
    actor_toks = {k for m in ctx.actors for k in range(*ctx.tok_index_of_mention(m))}
    found: set[str] = set()
    for a, b in clauses:
        words = ctx.low[a:b]
        if any(w in REPORTING or w in L.NEGATIONS for w in words) or any(a <= k < b for k in actor_toks):
            continue
        for m in ctx.sides:
            ma, mb = ctx.tok_index_of_mention(m)
            if m.form != "demonym" or not a <= ma < b:
                continue
            if any(ctx.w(k) in L.MILITARY_NOUNS for k in range(mb, min(mb + 2, b))) \
                    and any(w in _LOSS_WORDS for w in ctx.low[mb:b]):
                found.add(m.ref)
    return found.pop() if len(found) == 1 else None


def point_of_view(ctxs: list[SentenceContext], gaz: Gazetteer) -> str | None:
    """The side a document is written from: its dateline's place, else the side whose soldiers'
    losses its headline states as fact. Bodies that name no side of their own ("the Army said")
    fall back to it when nothing closer decides."""
    home = home_side(ctxs, gaz)
    if home is None and ctxs:
        home = own_losses_side(ctxs[0], gaz)
    return home


_SCENE_OPENERS = {"at", "during", "speaking", "addressing"}


def opening_place_side(ctx: SentenceContext, gaz: Gazetteer) -> str | None:
    """A sentence opening with its place ("In New Delhi, the director general of military
    operations told reporters ..."; "In Moscow, the defence ministry said"; "At a briefing in
    New Delhi on Sunday, ..."): the place's side is that of a speaker who names none."""
    if ctx.w(0) == "in":
        comma = next((k for k in range(2, min(len(ctx.toks), 6)) if ctx.w(k) == ","), None)
        if comma is None:
            return None
        name = ctx.clean[ctx.toks[1].start:ctx.toks[comma - 1].end]
        return _side_named(gaz, name)
    if ctx.w(0) not in _SCENE_OPENERS:
        return None
    # the opening phrase of a press event: "At a briefing in New Delhi on Sunday evening,"
    comma = next((k for k in range(2, min(len(ctx.toks), 14)) if ctx.w(k) == ","), None)
    if comma is None or any(w in REPORTING for w in ctx.low[1:comma]):
        return None
    for k in range(1, comma - 1):
        if ctx.w(k) == "in":
            side = _side_named(gaz, ctx.clean[ctx.toks[k + 1].start:ctx.toks[comma - 1].end])
            if side is not None:
                return side
    return None


def _resolve_kind(ctx: SentenceContext, gaz: Gazetteer, at: Attribution, before: list[Attribution],
                  last: list[Claimant], subjects: list[Claimant] | None = None,
                  counts: dict[str, int] | None = None,
                  called: list[tuple[Claimant, set[str]]] | None = None, home: str | None = None) -> Attribution:
    m = at.mention
    if at.claimant is None and m.strength == "anaphor" and m.kind == "local":
        # "the health ministry" after "the Ministry of Health in the Gaza Strip": the ministry named so
        # (else the caller's local source, speaking for the place hit)
        named = _ministry_called(ctx, gaz, m, called or [])
        return replace(at, claimant=named) if named is not None else at
    if at.claimant is not None or m.strength != "anaphor" or m.kind == "local":
        return at  # "officials": the caller's local sources
    word = _kind_word(ctx, m)
    if word is None:
        return at
    kinds = _KIND_WORDS[word]
    if word == "rebels":
        # "the rebels said": the armed group named last, else the one the story names most; never a state
        named = [b.claimant for b in reversed(before) if b.claimant is not None and b.mention.b <= m.a] \
            + list(reversed(last)) + list(reversed(subjects or [])) \
            + [Claimant(sd, sd) for sd in sorted(counts or {}, key=lambda sd: -(counts or {})[sd]) if sd in gaz.sides]
        group = next((c for c in named if c.side in gaz.sides and _is_group(gaz, Claimant(c.side, c.side))), None)
        return replace(at, claimant=group) if group is not None else at
    here = opening_place_side(ctx, gaz)
    if here is not None and not [b for b in before if b.claimant is not None]:
        for kind in sorted(kinds, key=_KIND_ORDER.index):
            actor_id = gaz.actor_for(here, kind)
            if actor_id is not None:
                return replace(at, claimant=Claimant(actor_id, here))  # "In Moscow, the defence ministry said"
    if ctx.w(m.a - 1) in _STATE_MODIFIERS and word in ("army", "military", "forces", "troops", "command") and counts:
        side = _state_side(gaz, counts)
        if side is not None:
            return replace(at, claimant=Claimant(gaz.actor_for(side, "military") or side, side))
    if word == "ministry" and ctx.w(m.a - 1) in _MINISTRY_KINDS:
        kinds = {_MINISTRY_KINDS[ctx.w(m.a - 1)]}  # "the defence ministry": not the health ministry
    # a reader's first guess: the last source called by that word ("Gaza's health ministry ... the ministry")
    field = ctx.w(m.a - 1) if word == "ministry" and ctx.w(m.a - 1).isalpha() \
        and ctx.w(m.a - 1) not in ("the", "a", "an", "its", "their", "this") else None
    for claimant, words in reversed(called or []):
        if word in words and claimant.side != THIRD_PARTY:
            if len(kinds) == 1 and ctx.w(m.a - 1) not in words and not _of_kind(gaz, claimant, kinds):
                continue  # "the health ministry" is not the defence ministry called "the ministry" before
            if field is not None and field not in words and any(w in _FIELD_WORDS for w in words):
                continue  # "the interior ministry" is not the defence ministry named before
            return replace(at, claimant=claimant)
    # (a headline's is left to _title_signature: the story may name the body in full)
    loser_before = _enemy_of_loser(ctx, gaz, at, counts) if _signs_after(ctx, at) and ctx.sentence.start > 0 else None
    if loser_before is not None:
        # "Russia lost 1,200 troops in a day, the General Staff said": the loser named as the sentence's subject
        # is counted by its enemy, whatever side was named before
        return replace(at, claimant=_body_of(gaz, loser_before, kinds))
    defence = word == "mod" or (word == "ministry" and ctx.w(m.a - 1) in ("defence", "defense"))
    if home is not None and (word in ("army", "military", "command", "forces", "troops", "staff", "state_media") or defence) \
            and not [b for b in before if b.claimant is not None]:
        # no body of that name called yet: the army of the place the story is written from
        for kind in sorted(kinds, key=_KIND_ORDER.index):
            actor_id = gaz.actor_for(home, kind)
            if actor_id is not None:
                return replace(at, claimant=Claimant(actor_id, home))
        if defence:  # "The Defence Ministry said" in a Srinagar paper: India's, even with no such actor listed
            return replace(at, claimant=Claimant(gaz.actor_for(home, "military") or home, home))
    # sources named so far, the most recent first; then the subjects of earlier sentences
    # ("Ukrainian forces repelled the assault. ... , the General Staff said.")
    history = [b.claimant for b in reversed(before) if b.claimant is not None and b.mention.b <= m.a] \
        + list(reversed(last)) + list(reversed(subjects or []))
    # a body of that kind named before beats a side that merely has one: "Minister of Public Health
    # Firass Abiad ... the Iranian embassy said ... The Ministry of Public Health said" is Lebanon's
    for claimant in [c for c in history if c.id in gaz.actors] + [c for c in history if c.id not in gaz.actors]:
        if _of_kind(gaz, claimant, kinds):
            return replace(at, claimant=claimant)
    for claimant in history:  # "Israel's prime minister told ... . The army was saying": Israel's army
        if claimant.side in gaz.sides and counts and not any(gaz.are_enemies(claimant.side, o) for o in counts):
            continue  # a government at war with nobody the story names (a US envoy on Sudan) has no army in it
        if claimant.side in gaz.sides:
            for kind in sorted(kinds, key=_KIND_ORDER.index):
                actor_id = gaz.actor_for(claimant.side, kind)
                if actor_id is not None:
                    return replace(at, claimant=Claimant(actor_id, claimant.side))
            break
    loser_enemy = _enemy_of_loser(ctx, gaz, at, counts) if not history and word != "state_media" \
        and not _signs_after(ctx, at) else None
    if loser_enemy is not None:
        # nobody named yet and "The ministry said Ukraine lost 400 servicemen": a body counts its enemy's
        # losses under the enemy's name (its own are "our" or "its"), so it is the enemy's
        for kind in sorted(kinds, key=_KIND_ORDER.index):
            actor_id = gaz.actor_for(loser_enemy, kind)
            if actor_id is not None:
                return replace(at, claimant=Claimant(actor_id, loser_enemy))
        return replace(at, claimant=Claimant(loser_enemy, loser_enemy))
    if word in ("army", "military", "command", "forces", "troops", "state_media") and not any(
            c.side in gaz.sides and counts and any(gaz.are_enemies(c.side, o) for o in counts) for c in history):
        # nobody named yet ("The army said its troops killed 100 infiltrators" in a kibbutz): the state at war;
        # else the one state fighting the armed group the sentence names ("The army said it had killed 30
        # Hamas fighters": an army is never the group's own)
        # (or before it: "RSF fighters killed 40 civilians in El Fasher, the army said")
        side = (_state_side(gaz, counts) if counts else None) or _enemy_of_group_named(ctx, gaz, m.b) \
            or _enemy_of_group_named(ctx, gaz, 0)
        if side is not None:
            return replace(at, claimant=Claimant(gaz.actor_for(side, "military") or side, side))
    if word == "ministry":
        # nobody of that kind named yet ("...; ministry says 9 dead"): the ministry of the place hit
        return replace(at, mention=replace(m, kind="local"))
    return at


# Words that name a ministry's field: a ministry called by one is not one called by another.
_FIELD_WORDS = {"defence", "defense", "health", "interior", "foreign", "justice", "information", "emergency",
                "emergencies", "internal", "home", "war", "public"}


def _ministry_called(ctx: SentenceContext, gaz: Gazetteer, m: SpeakerMention, called: list[tuple[Claimant, set[str]]]
                     ) -> Claimant | None:
    """The ministry last named with the same words as "the health ministry" / "the interior ministry's" at m,
    unless the sentence places its count in another side's land ("Gaza: Health ministry says ..." in a roundup
    that named Yemen's health ministry before is Gaza's)."""
    if ctx.w(m.a) not in ("ministry", "ministry's"):
        return None
    field = ctx.w(m.a - 1)
    if not field.isalpha() or field in ("the", "a", "its", "their"):
        return None
    named = next((claimant for claimant, words in reversed(called) if field in words
                  and ("ministry" in words or "ministry's" in words) and claimant.side != THIRD_PARTY), None)
    if named is None:
        return None
    here = {gaz.places[p.ref].side for p in ctx.places if gaz.places[p.ref].side} \
        | {s.ref for s in ctx.sides if s.form == "alias"}
    return named if not here or named.side in here else None


def document_attributions(ctxs: list[SentenceContext], gaz: Gazetteer) -> list[list[Attribution]]:
    known: dict[str, tuple[Claimant | None, str]] = {}
    last: list[Claimant] = []  # named sources so far, in order
    block: Claimant | None = None  # voice of a reproduced statement being read
    block_paragraph = -1
    quote_open = False
    prev_claimant: Claimant | None = None
    recent: tuple[Attribution, int, int] | None = None  # the last source (named or local), its sentence, paragraph
    label_voice: Claimant | None = None  # "From the Saudi Press Agency, 31 October 2021: ..."
    label_paragraph = -1
    per: list[list[Attribution]] = []
    salience = Salience()
    side_counts: dict[str, int] = {}
    called: list[tuple[Claimant, set[str]]] = []  # named sources and the words they were called by
    for ctx in ctxs:
        for sm in ctx.sides:
            side_counts[sm.ref] = side_counts.get(sm.ref, 0) + 1
    home = point_of_view(ctxs, gaz)
    heading: Attribution | None = None  # "2. Acting Governor of the Kursk region Alexei Smirnov (Telegram, August 12)"
    heading_paragraph = -1
    introduced: dict[str, str] = {}  # people named with a role that gives no side: name -> kind
    turn: Claimant | None = None  # the speaker whose turn ("LIASHKO: ...") is being read
    turn_paragraph = -1
    panel_sides: set[str] = set()  # sides of the officials who have spoken in turns
    interviewee: Claimant | None = None  # the person the lead of a Q&A interview introduces
    questions = False  # a "Q:" label has been read: the lead is over
    table_rows = source_columns(ctxs)  # rows of tables with a "Source" column
    for ci, ctx in enumerate(ctxs):
        para = ctx.sentence.paragraph
        ats: list[Attribution] = sentence_attributions(ctx, gaz, known)
        mentions = find_speaker_mentions(ctx, gaz, known)
        for i, at in enumerate(ats):
            # in reading order, so that a person or pronoun can take a speaker resolved just before
            # it ("The General Staff said ..., and the Coordination Headquarters ... said 53")
            at = _resolve_person(gaz, at, ats[:i], last, ctx, salience.orgs)
            at = _resolve_pronoun(ctx, gaz, at, ats[:i], mentions, salience)
            ats[i] = _resolve_kind(ctx, gaz, at, ats[:i], last, salience.orgs, side_counts, called, home)
            if ats[i].claimant is None and at.mention.kind == "coalition":
                side = _coalition_named(gaz, side_counts)
                if side is not None:
                    ats[i] = replace(at, claimant=Claimant(gaz.actor_for(side, "military") or side, side))
        ats = _apposed_roles(ctx, ats, called)
        # "the network said" with no monitor or aid group named before: nobody (not a local source)
        ats = [at for at in ats if not (at.claimant is None and at.mention.strength == "anaphor"
                                        and at.mention.kind in WATCHER_ANAPHORS | {"coalition"})]
        for at in ats:
            if at.mention.strength == "person":
                for name in _names(ctx, at.mention):
                    known[name] = (at.claimant, at.mention.kind)
            elif at.mention.strength == "actor" and at.claimant is not None \
                    and personal_name(ctx, at.mention.a, at.mention.b):
                # a spokesman the gazetteer lists under his body: "Ashraf al-Qudra said ... Qudra said"
                for name in _names(ctx, at.mention):
                    known.setdefault(name, (at.claimant, "person"))
        for m in mentions:  # introduced without speaking: "The Iraqi prime minister, X, visited Mosul."
            if m.strength == "actor" and m.claimant is not None and personal_name(ctx, m.a, m.b):
                for name in _names(ctx, m):  # "Regional Gov. Oleh Kiper, writing on Telegram, ..." / "Kiper said"
                    known.setdefault(name, (m.claimant, "person"))
            if m.strength == "person" and m.claimant is not None:
                for name in _names(ctx, m):
                    known.setdefault(name, (m.claimant, m.kind))
            elif m.strength == "person":
                for name in _names(ctx, m):
                    introduced.setdefault(name, m.kind)
        label = _source_label(ctx, mentions)
        if label is not None:
            ats.append(label)
            label_voice, label_paragraph = label.claimant, para
        elif label_voice is not None and para == label_paragraph:
            ats.append(_voice(label_voice))  # the rest of the labelled paragraph
        else:
            opener = _opening_colon(ctxs, ci, ats)
            if opener is not None:  # "Interior Minister X: the toll has risen to 39. In Kyiv alone 28 ..."
                label_voice, label_paragraph = opener, para
        if heading is not None and para == heading_paragraph + 1:
            ats.append(heading)  # the paragraph under a heading that names its source
        elif heading is not None and para > heading_paragraph + 1:
            heading = None
        source = _heading_source(ctxs, ci, mentions)
        if source is not None:
            heading, heading_paragraph = source, para
        if ci in table_rows:
            ats = ats + _row_source(ctx, mentions, table_rows[ci][0])
        words = label_words(ctx)
        if words is not None and is_question(words):
            questions = True
        elif not questions:
            interviewee = _lead_person(ctx, gaz, mentions, ats) or interviewee
        ats, turn, turn_paragraph = _speaker_turn(ctxs, ci, gaz, ats, turn, turn_paragraph, introduced, panel_sides,
                                                  interviewee if questions else None)
        salience.update(ctx, gaz, ats, mentions)
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
        elif not own and prev_claimant is not None and _is_revision(ctx) and not _is_heading(ctx):
            ats.append(_voice(prev_claimant))
        elif not own and recent is not None and ci - recent[1] <= 2 and para - recent[2] <= 1 \
                and (is_share_of_previous(ctx) or is_figure_restated(ctx)) and not _is_heading(ctx):
            # "The governor said 12 were killed. Two of them were children." / "The figure is up from 9."
            ats.append(_voice(recent[0].claimant) if recent[0].claimant is not None else _LOCAL_VOICE)
        if _INTRO.search(ctx.sentence.text) or ctx.sentence.text.rstrip().endswith(":"):
            speaker = next((at.claimant for at in reversed(ats) if at.claimant is not None), None)
            # "It reads as follows:", "His message said:": the text of the source just named
            pronoun = any(w in ("it", "its", "he", "his", "she", "her", "they", "their") for w in ctx.low)
            if speaker is None and (_mentions_a_text(ctx) or pronoun) and last:
                speaker = last[-1]  # "Its statement, also in translation, said:"
            if speaker is None and recent is not None and recent[0].claimant is not None \
                    and para - recent[2] <= 1 and introduces_breakdown(ctx):
                speaker = recent[0].claimant  # "SOHR has documented 1,120 deaths. The dead are distributed as follows:"
            if speaker is not None:
                block, block_paragraph, quote_open = speaker, para, False
        named = [at.claimant for at in ats if at.claimant is not None and at.form != "background"]
        last.extend(named)
        called.extend((at.claimant, {w[:-2] if w.endswith("'s") else w for w in ctx.low[at.mention.a:at.mention.b]})
                      for at in ats if at.claimant is not None and (at.mention.strength in ("actor", "composite") or
                                                                     at.mention.kind in ("staff", "army", "military", "command",
                                                                                         "ministry", "mod")))
        # an unnamed outlet's own line ("the Rubryka reporter reported from the scene that ...") does not
        # carry to a toll that follows ("The death toll rose to 30."): a broadcaster's own figures are the
        # author's (CONVENTIONS), so only its sentence is its own
        carried = [at for at in ats if at.claimant is not None and at.form != "background" and not _unnamed_outlet(ctx, at)]
        prev_claimant = carried[-1].claimant if carried else None
        sources = [at for at in ats if at.form != "background" and (at.claimant is not None or at.mention.kind == "local")
                   and not _unnamed_outlet(ctx, at)]
        if sources:
            recent = (sources[-1], ci, para)
        per.append(ats)
    if per:
        per[0] = _title_signature(ctxs, per, gaz, side_counts)
    issuer = _statement_issuer(ctxs, per)
    if issuer is not None and not any(at.form == "colon" for at in per[0]):
        per[0] = per[0] + [_voice(issuer, "colon")]
    return per


def _apposed_roles(ctx: SentenceContext, ats: list[Attribution], called: list[tuple[Claimant, set[str]]]
                   ) -> list[Attribution]:
    """A role and a named speaker of one verb are one person in apposition ("the military spokesman, Lieutenant
    General X, said"): the role takes the named speaker's claimant, whatever the document suggested for it, and the
    named speaker is from then on called by the role's words too ("On 13 May the military said" is X's military)."""
    out = []
    for at in ats:
        named = next((o for o in ats if o is not at and o.anchor == at.anchor and o.form == at.form
                      and o.form in ("pre", "post") and o.claimant is not None and o.mention.strength != "anaphor"),
                     None)
        if named is not None and at.mention.strength == "anaphor" and ctx.w(at.mention.a) in ROLE_KINDS \
                and at.mention.b <= named.mention.a:
            called.append((named.claimant, set(ctx.low[max(0, at.mention.a - 2):at.mention.b])))
            at = replace(at, claimant=named.claimant)
        out.append(at)
    return out


def _unnamed_outlet(ctx: SentenceContext, at: Attribution) -> bool:
    """An outlet or reporter the gazetteer does not name ("a local newspaper", "the Rubryka reporter")."""
    return at.mention.kind == "media" and at.mention.b > at.mention.a and ctx.w(at.mention.b - 1) in MEDIA_NOUNS


def _title_signature(ctxs: list[SentenceContext], per: list[list[Attribution]], gaz: Gazetteer,
                     counts: dict[str, int] | None = None) -> list[Attribution]:
    """A headline signed by a body named only by its kind ("... in a day – General Staff", "...
    - MoD") names the body its article goes on to name in full ("The General Staff of the Armed
    Forces of Ukraine reported ..."): the headline is written after the story. The first body
    of that kind named in the opening paragraphs resolves it; else it stays for the caller."""
    out = []
    for at in per[0]:
        if at.form == "colon" and at.claimant is None and at.mention.strength == "anaphor" \
                and at.mention.kind in WATCHER_HEADS:
            # "... kill 19 civilians: monitor": the monitor the story names, else an unnamed one
            found = next((b.claimant for ats in per[1:8] for b in ats if b.claimant is not None
                          and _is_watcher(gaz, b.claimant)), None)
            out.append(replace(at, claimant=found or Claimant(at.mention.kind, THIRD_PARTY)))
            continue
        # (also "..., General Staff says": a headline's verb names the body as briefly as its colon does)
        word = _kind_word(ctxs[0], at.mention) if at.form in ("colon", "pre", "post") and at.claimant is None \
            and at.mention.strength == "anaphor" else None
        if word is not None:
            kinds = _KIND_WORDS[word]
            found = next((b.claimant for ats in per[1:8] for b in ats if b.claimant is not None
                          and b.form != "voice" and _of_kind(gaz, b.claimant, kinds)
                          and gaz.actors.get(b.claimant.id) is not None), None)
            if found is None and counts is not None and _signs_after(ctxs[0], at):
                # no such body in the opening paragraphs: "Russia lost 1,200 troops in a day - General Staff" is
                # counted by Russia's enemy
                enemy = _enemy_of_loser(ctxs[0], gaz, at, counts)
                found = _body_of(gaz, enemy, kinds) if enemy is not None else None
            if found is not None:
                at = replace(at, claimant=found)
        out.append(at)
    return out


def _opening_colon(ctxs: list[SentenceContext], ci: int, ats: list[Attribution]) -> Claimant | None:
    """The speaker of a paragraph that opens with its name and a colon ("Interior Minister Ihor
    Klymenko: the number ... has risen to 39."), as live blogs and roundups write: the rest of the
    paragraph continues that speaker's report, like the paragraph after a source label. Not the
    title (a headline's "ISPR: ..." is the document's, see _statement_issuer)."""
    if ci == 0 or ctxs[ci - 1].sentence.paragraph == ctxs[ci].sentence.paragraph:
        return None
    for at in ats:
        if at.form == "colon" and at.claimant is not None and at.anchor <= 8 and at.mention.a < at.anchor \
                and at.mention.kind != "media":
            return at.claimant
    return None


def _row_source(ctx: SentenceContext, mentions: list[SpeakerMention], column: int) -> list[Attribution]:
    """The source a table row names in its source column, as a voice for the row's figures (a
    ministry or service named without a side speaks for the place, like "officials")."""
    span = source_cell_span(ctx, column)
    if span is None:
        return []
    for m in mentions:
        if m.b <= m.a or not span[0] <= ctx.toks[m.a].start < span[1]:
            continue
        if m.claimant is not None:
            return [_voice(m.claimant)]
        if m.kind in ("local", "ministry"):
            return [Attribution(SpeakerMention(0, 0, None, "local", "voice"), 0, "voice", None)]
    return []


def _lead_person(ctx: SentenceContext, gaz: Gazetteer, mentions: list[SpeakerMention],
                 ats: list[Attribution]) -> Claimant | None:
    """The last person a lead paragraph names ("We spoke to its director, Rami Abdulrahman"; "Dr X,
    director of the hospital"): a gazetteer actor or a person with a side, else a local figure (who
    speaks for the place hit, LOCAL_SPEAKER)."""
    people = [m for m in mentions if m.strength == "person" or (m.strength == "actor" and m.kind != "media")]
    if not people:
        return None
    m = people[-1]
    resolved = next((at.claimant for at in ats if at.mention.a == m.a and at.claimant is not None), None)
    if resolved is not None or m.claimant is not None:
        return resolved or m.claimant
    if m.kind == "local":
        return LOCAL_SPEAKER
    sides = {sm.ref for sm in ctx.sides}
    if m.kind in ("military", "ministry") and len(sides) == 1:
        side = next(iter(sides))  # "Colonel X commands a Ukrainian brigade": the side his role serves
        kind = "military" if m.kind == "military" else "government"
        return Claimant(gaz.actor_for(side, kind) or side, side) if side in gaz.sides else None
    return None


def _speaker_turn(ctxs: list[SentenceContext], ci: int, gaz: Gazetteer, ats: list[Attribution],
                  turn: Claimant | None, turn_paragraph: int, introduced: dict[str, str], panel_sides: set[str],
                  interviewee: Claimant | None = None) -> tuple[list[Attribution], Claimant | None, int]:
    """A speaker label opening a paragraph ("LIASHKO: ...") gives the whole paragraph its
    speaker (see attribution.turns): a voice for the sentences after the label's, and the
    speaker's organisation for its "we" and "our X". Returns the sentence's attributions and
    the turn being read."""
    ctx = ctxs[ci]
    para = ctx.sentence.paragraph
    opens = ci == 0 or ctxs[ci - 1].sentence.paragraph != para
    words = label_words(ctx) if opens else None
    if words is not None and words in ANSWER_LABELS and interviewee is not None:
        turn, turn_paragraph = interviewee, para  # "A: We have recorded 140 deaths": the interviewee
    elif words is not None:
        turn, turn_paragraph = label_speaker(ctx, words, ats, introduced, panel_sides, gaz, _title_body(ctxs, gaz)), para
        if turn is not None and turn.side != THIRD_PARTY:
            panel_sides.add(turn.side)
    elif para != turn_paragraph:
        turn = None
    if turn is None:
        return ats, turn, turn_paragraph
    if turn == LOCAL_SPEAKER:  # a doctor or governor interviewed: the place hit, resolved per figure
        ats = [_LOCAL_VOICE if at.mention.strength == "anaphor" and is_first_plural(ctx, at) else at for at in ats]
        return ats + [_LOCAL_VOICE], turn, turn_paragraph
    ats = [replace(at, claimant=own_body(ctx, at, turn, gaz))
           if at.mention.strength in ("anaphor", "person") and is_first_plural(ctx, at) else at for at in ats]
    if not any(at.claimant == turn for at in ats):
        ats.append(_voice(turn))
    return ats, turn, turn_paragraph


def _title_body(ctxs: list[SentenceContext], gaz: Gazetteer) -> Claimant | None:
    """The body a document's title names ("Daily press briefing by the Office of the Spokesperson for the
    Secretary-General"), whose spokesperson a bare "SPOKESPERSON:" label is."""
    for m in find_speaker_mentions(ctxs[0], gaz) if ctxs else []:
        if m.claimant is not None and m.strength in ("actor", "composite"):
            return m.claimant
    return None


_TURN_LABEL = re.compile(r"^\s*[A-Z][A-Z .'-]{1,30}(?:\([^)]{0,40}\))?:\s")


def is_transcript(ctxs: list[SentenceContext]) -> bool:
    """A broadcast or interview transcript: paragraphs open with speaker labels ("ANCHOR:",
    "CORRESPONDENT:", "PANELLIST (Maj Gen, retd):"). Its "we" and "our" are the broadcaster's
    and its guests', not an issuing body's."""
    firsts: dict[int, SentenceContext] = {}
    for ctx in ctxs:
        firsts.setdefault(ctx.sentence.paragraph, ctx)
    return sum(1 for ctx in firsts.values() if _TURN_LABEL.match(ctx.sentence.text)) >= 3


_LABEL_OPENERS = {"from", "statement", "source", "via", "excerpt"}


def _heading_source(ctxs: list[SentenceContext], i: int, mentions: list[SpeakerMention]) -> Attribution | None:
    """A heading line that names a source and says nothing else: a paragraph of one short line
    without final punctuation or reporting verb ("1. Ministry of Defence of the Russian
    Federation, summary of August 27", "2. Acting Governor of the Kursk region Alexei Smirnov
    (Telegram, August 12)"). The paragraph under it (a quoted statement, a list) is that
    source's text: a voice that yields to any speaker the paragraph names. Not the title."""
    ctx = ctxs[i]
    para = ctx.sentence.paragraph
    if i == 0 or ctxs[i - 1].sentence.paragraph == para or (i + 1 < len(ctxs) and ctxs[i + 1].sentence.paragraph == para):
        return None
    text = ctx.sentence.text.strip()
    if not text or "\n" in text or text[-1] in '.!?;"\u201d' or len(ctx.toks) > 30 or i + 1 >= len(ctxs):
        return None
    if any(w in REPORTING for w in ctx.low) or any(w in ("killed", "dead", "wounded", "injured", "died") for w in ctx.low):
        return None
    for m in mentions:
        if m.strength in ("actor", "composite", "person") and m.a <= 4:
            if m.claimant is not None:
                return _voice(m.claimant)
            if m.kind == "local":
                return Attribution(SpeakerMention(0, 0, None, "local", "voice"), 0, "voice", None)
    return None




def _source_label(ctx: SentenceContext, mentions: list[SpeakerMention]) -> Attribution | None:
    """A source label before a colon, with no verb: "From the Saudi Press Agency (SPA), 31 October
    2021: The coalition ...", "From the Yemeni government's Minister of Information, X, 1 November:".
    What follows the colon (and the rest of the paragraph) is that source's text."""
    colon = next((k for k, w in enumerate(ctx.low[:30]) if w == ":"), None)
    comma = ctx.low.index(",") if "," in ctx.low else 0
    if colon is not None and OUTLET_DATELINE.match(ctx.sentence.text) and not any(
            ctx.tok_index_of_mention(p)[0] < comma for p in ctx.places):  # "KYIV, April 13:" is a dateline
        # a newspaper's headline quoted under its name ("DAWN, May 7: ..."): the newspaper's, unless
        # the headline or its standfirst names a source
        before = [m for m in mentions if m.b <= colon]
        if not before:
            media = Claimant("media", THIRD_PARTY)
            return Attribution(SpeakerMention(0, 1, media, "media", "composite"), colon, "label", media)
        if before[0].claimant is not None and before[0].claimant.side == THIRD_PARTY and before[0].kind == "media":
            return Attribution(before[0], colon, "label", before[0].claimant)
        return None
    if colon is None or ctx.w(0) not in _LABEL_OPENERS or any(w in REPORTING for w in ctx.low[:colon]):
        return None
    for m in mentions:
        if m.b <= colon and m.claimant is not None and m.strength in ("actor", "composite", "person"):
            return Attribution(m, colon, "label", m.claimant)
    return None


def _is_heading(ctx: SentenceContext) -> bool:
    """A headline or heading line: a sentence without final punctuation that ends its line
    ("Toll rises to 12 martyrs, including two children"). Headlines with no source named
    are the author's (CONVENTIONS), whatever the sentence before said."""
    text = ctx.sentence.text.rstrip()
    return bool(text) and text[-1] not in '.!?:;"\u201d)' and len(ctx.toks) <= 30


def _mentions_a_text(ctx: SentenceContext) -> bool:
    return any(w in ("statement", "release", "text", "communique", "post", "message", "address", "briefing",
                     "bulletin", "update", "report") for w in ctx.low)
