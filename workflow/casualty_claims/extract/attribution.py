"""Who asserts a figure: the claimant of each casualty count.

Within a sentence a claimant is a mention (a gazetteer actor, a side followed by an
organisation noun such as "Ukrainian officials", a side's name used as a speaker such
as "Kiev", or an anaphor such as "the ministry", "it") tied to the figure by:

- a reporting verb after or before it:  "Kiev claimed that ...", "..., the ministry said"
- "according to X", "citing X"
- a possessive or a report noun:        "Kyiv's figure", "the MOD's decision to highlight",
                                         "Russian MOD has made a rare acknowledgment of ..."
- a headline colon:                     "Kyiv: 400 Russian soldiers killed"

Across sentences, anaphors take the last named claimant ("it added"), and quotations
take their speaker: a count inside "..." belongs to whoever the quote is attributed
to, before it ('X told reporters: "..."') or after it ('"...," the agency said'), also
in the following sentences and paragraphs of the same quotation. Nobody named: the
author. "reportedly" names nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.speakers import _ENVOY_ROLES, _ORG_HEADS, ROLE_KINDS, _role_kind, find_people, generic_sources
from casualty_claims.gazetteer import AUTHOR, THIRD_PARTY, Gazetteer, fold_chars


@dataclass(frozen=True)
class Claimant:
    id: str  # actor id, side id, or "author"
    side: str  # side id, third_party, or "author"


AUTHOR_CLAIMANT = Claimant(AUTHOR, AUTHOR)
# A quotation's speaker who speaks for the place hit (a governor, a mayor, "officials"):
# resolved per figure by the caller, never written out.
LOCAL_SPEAKER = Claimant("local", "local")
# A newspaper's or agency's own count ("by our count", "an AP tally") is a third party's
# (CONVENTIONS.md, Attribution).
OUR_COUNT = Claimant("news-agencies", THIRD_PARTY)
_OWN_COUNTS = {"count", "counts", "tally", "tallies", "calculation", "calculations", "reckoning", "estimate",
               "estimates", "analysis", "database", "records"}


@dataclass(frozen=True)
class SpeakerMention:
    a: int  # token range in the sentence
    b: int
    claimant: Claimant | None  # None: an anaphor, resolved from context
    kind: str
    strength: str  # actor | composite | side | anaphor


@dataclass(frozen=True)
class Attribution:
    mention: SpeakerMention
    anchor: int  # token index of the verb / "according" / report noun
    form: str  # pre | post | according | possessive | noun | colon | fallback | bracket | label | voice
    claimant: Claimant | None


_ADVERBS_BETWEEN = {
    "-", "run", "controlled", "led", "backed", "capital", "human", "rights", "office", "mission", "monitoring",
    "health", "ministry", "agency", "humanitarian", "council", "commission", "committee", "department",
    "service", "bureau", "regional", "military", "administration", "general's", "general",
    "has", "have", "had", "also", "later", "earlier", "on", "previously", "first", "initially",
    "separately", "then", "now", "again", "officially", "publicly", "late", "early", "in", "a",
    "its", "their", "latest", "daily", "which", "who", "had", "already", "recently", "has", "last",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "statement", "briefing", "update", "tweet", "post", "evening", "morning", "night",
    "week", "month", "report", "said", "subsequently", "just", "only", "once", "twice", "repeatedly",
    "regularly", "rarely", "often", "himself", "herself", "itself", "themselves", "promptly",
    "quickly", "reportedly",
    # a body's press office: "the military's media wing said", "the army's press service reported"
    "media", "press", "wing", "information", "public", "relations",
}
# Sources with no side of their own: local officials speak for the place hit, a health
# ministry for its population ("officials said", "the MoH", "doctors at the hospital").
_LOCAL = {"officials", "authorities", "prosecutors", "prosecutor", "police", "rescuers", "medics", "doctors",
          "doctor", "director", "administration", "governor", "mayor", "moh", "hospital", "paramedics",
          "residents", "witnesses", "villagers", "responders", "families", "relatives", "survivors"}
_NAME_FILLERS = re.compile(r"^[A-Z][\w.'\-]*$")
# Organisation nouns beyond the shared lexicon's, for speakers only.
_ORG_NOUNS = {**L.ORG_NOUNS, ("intelligence", "agencies"): "intelligence", ("intelligence", "agency"): "intelligence",
              ("intelligence", "officials"): "intelligence", ("ombudsman",): "government", ("agencies",): "government",
              ("ombudsperson",): "government", ("human", "rights", "commissioner"): "government",
              ("milbloggers",): "state_media", ("war", "correspondents"): "state_media",
              # the people of a body: "UN investigators", "a U.N. team", "ICRC staff"
              ("investigators",): "government", ("inspectors",): "government", ("experts",): "government",
              ("team",): "government", ("staff",): "government", ("monitors",): "government"}
_ORG_MAX = max(len(k) for k in _ORG_NOUNS)
_SIDE_ADJ = {"new", "top", "senior", "local", "regional", "military", "official", "state", "state-run",
             "own", "chief", "main", "acting", "former", "interim", "provincial", "de", "facto",
             "occupation", "russian-installed", "pro-russian", "appointed", "de facto", "-run", "run"}


# Units between a side's name and an officer's role: "a Ukrainian brigade commander".
_UNIT_WORDS = {"brigade", "battalion", "regiment", "company", "platoon", "unit", "division", "drone", "artillery",
               "tank", "infantry", "marine", "border", "frontline", "front-line", "field", "naval", "air", "defence",
               "defense", "intelligence", "special", "forces"}


def _org_noun_at(ctx: SentenceContext, k: int) -> tuple[str, int] | None:
    for size in range(_ORG_MAX, 0, -1):
        key = tuple(ctx.w(k + n) for n in range(size))
        if key in _ORG_NOUNS:
            return _ORG_NOUNS[key], k + size
    return None


# Names of people met earlier in a document: lower-case name token -> (claimant, kind).
KnownPeople = Mapping[str, tuple["Claimant | None", str]]


def find_speaker_mentions(ctx: SentenceContext, gaz: Gazetteer, known: KnownPeople | None = None) -> list[SpeakerMention]:
    """Everything in the sentence that could be the one making a claim. `known`: people
    introduced earlier in the document, recognised here by surname ("Ghai said")."""
    taken: set[int] = set()
    out: list[SpeakerMention] = []
    for m in ctx.actors:
        a, b = ctx.tok_index_of_mention(m)
        if a >= b:
            continue
        if _modified_alias(ctx, a, gaz):
            continue  # "Iraqi Kurdish officials" are not the alias "Kurdish officials"
        actor = gaz.actors[m.ref]
        while (more := _org_noun_at(ctx, b)) is not None and ctx.toks[b].text.islower():
            b = more[1]  # "Indian military sources", "British intelligence agencies": one speaker
        # "Russian military spokesman Igor Konashenkov": one mention
        out.append(SpeakerMention(a, b, Claimant(actor.id, actor.side), actor.kind, "actor"))
        taken.update(range(a, b))
    for m in ctx.sides:
        a, b = ctx.tok_index_of_mention(m)
        if a >= b or any(k in taken for k in range(a, b)):
            continue
        side = m.ref
        # side + organisation noun: "Ukrainian officials", "Gaza's health ministry"
        k = b
        while ctx.w(k) in _SIDE_ADJ or (ctx.w(k) == "-" and ctx.w(k + 1) in ("run", "controlled", "led", "backed", "installed", "appointed")) \
                or (m.form == "demonym" and _modified_alias(ctx, k + 1, gaz)):
            k += 2 if ctx.w(k) == "-" else 1
        u = k
        while ctx.w(u) in _UNIT_WORDS and u - k < 3:
            u += 1
        if u > k and ROLE_KINDS.get(ctx.w(u)) not in (None, THIRD_PARTY):
            k = u  # "A Ukrainian brigade commander", "a Russian battalion officer": the side's officer
        org = _org_noun_at(ctx, k) or _role_phrase_at(ctx, k)
        if org is not None and m.form != "demonym" and ctx.w(k) == "reports" and k == b:
            org = None  # "Kyiv reports 1,020 enemy losses": a verb, not "Russian reports"
        if org is None and m.form == "demonym" and k == b and ctx.w(k) in _TEXT_HEADS and ctx.toks[k].text.islower() \
                and ctx.w(k + 1) in _REPORTING:
            org = ("government", k + 1)  # "Israeli figures put the number at 80": the side's own figures
        if org is not None:
            kind, end = org
            while (more := _org_noun_at(ctx, end)) is not None:  # "Ukrainian military sources"
                end = more[1]
            actor_id = gaz.actor_for(side, kind) if kind not in ("government", "military", "state_media") else None
            out.append(SpeakerMention(a, end, Claimant(actor_id or side, side), kind, "composite"))
            taken.update(range(a, end))
            continue
        # organisation noun + "of"/"in" + side: "the Ministry of Defence of Ukraine", "officials in Kyiv"
        if _inside_a_name(ctx, a):
            continue  # "the UN Assistance Mission for Iraq", "the Commissioner for Ukraine": not Iraq speaking
        if ctx.w(a - 1) in ("of", "in") or (ctx.w(a - 1) == "the" and ctx.w(a - 2) in ("of", "in")):
            p = a - 2 if ctx.w(a - 1) != "the" else a - 3
            # "the Office of the Republic of Azerbaijan" is Azerbaijan's office
            if ctx.w(p) in ("republic", "state", "kingdom", "government", "federation"):
                if ctx.w(p - 1) == "the" and ctx.w(p - 2) == "of":
                    p -= 3
                elif ctx.w(p - 1) == "of":
                    p -= 2
            org = _capitalised_org_before(ctx, p, taken)
            if org is not None:  # "the Prosecutor General's Office of Azerbaijan"
                out.append(SpeakerMention(org, b, Claimant(side, side), "government", "composite"))
                taken.update(range(org, b))
                continue
            for size in range(_ORG_MAX, 0, -1):
                start = p - size + 1
                key = tuple(ctx.w(start + n) for n in range(size))
                if key in _ORG_NOUNS and start >= 0:
                    kind = _ORG_NOUNS[key]
                    actor_id = gaz.actor_for(side, kind) if kind not in ("government", "military", "state_media") else None
                    out.append(SpeakerMention(start, b, Claimant(actor_id or side, side), kind, "composite"))
                    taken.update(range(start, b))
                    break
            # "the UN mission in Ukraine", "deaths in Gaza": a place, not a speaker
            continue
        out.append(SpeakerMention(a, b, Claimant(side, side), m.form, "side"))
    _add_people(ctx, gaz, out, taken)
    if known:
        _add_known_people(ctx, out, taken, known)
    # anaphors: "it", "he", "the ministry"; generic local sources: "officials", "prosecutors"
    for k, w in enumerate(ctx.low):
        if k in taken or (k - 1 in taken and ctx.w(k - 1) not in (",",)) or \
                (k - 2 in taken and ctx.w(k - 1) in _SIDE_ADJ):
            continue  # "Ukraine's General Staff spokesman": part of the named speaker
        base = w[:-2] if w.endswith("'s") else w
        if base in _LOCAL and (ctx.w(k - 1) in ("of", "through", "from", "with", "among", "about")
                               or _count_at(ctx, k - 1) or ctx.w(k - 1).isdigit()):
            continue  # people counted or consulted, no speaker: "the accounts of 23 survivors", "through families"
        if base in _LOCAL and not (base in ("ministry", "office") and ctx.w(k - 1) in ("the", "its")) or \
                _local_body(ctx, k, base):
            out.append(SpeakerMention(k, k + 1, None, "local", "anaphor"))
        elif base == "general" and ctx.w(k + 1) == "staff" and ctx.toks[k].text[:1].isupper():
            # "According to the General Staff": the general staff named before, or the side's
            out.append(SpeakerMention(k, k + 2, None, "staff", "anaphor"))
            taken.add(k + 1)
        elif ctx.w(k - 1) == "the" and ROLE_KINDS.get(base) in ("ministry", "military"):
            # "the DGMO added", "the general said": a role named before, resolved by its kind
            out.append(SpeakerMention(k, k + 1, None, ROLE_KINDS[base], "anaphor"))
        elif base in _TEXT_ANAPHORS and ctx.w(k - 1) in ("the", "this", "that", "its", "their"):
            # "The probe concluded that 62 ...": the text of the source named before
            out.append(SpeakerMention(k, k + 1, None, "report", "anaphor"))
        elif base in L.ANAPHORS:
            end = _proper_tail(ctx, k, taken)  # "the Ministry of Public Health and Population": one name
            out.append(SpeakerMention(k, end, None, base, "anaphor"))
            taken.update(range(k + 1, end))
    out.sort(key=lambda s: s.a)
    return out


# Texts that stand for their author once named: "an IDF investigation ... . The probe concluded"
_TEXT_ANAPHORS = {"probe", "investigation", "inquiry", "study", "review", "audit", "assessment", "survey"}


def _proper_tail(ctx: SentenceContext, k: int, taken: set[int]) -> int:
    """End of a capitalised body's name continued by "of"/"for"/"and" and capitalised words
    ("the Ministry of Public Health and Population", "the Office for Humanitarian Affairs"), so that
    a phrase after the name ("in Sanaa said") reaches its verb. Just k + 1 for a lower-case word."""
    end = k + 1
    if not ctx.toks[k].text[:1].isupper():
        return end
    j = end
    while ctx.w(j) in ("of", "for", "and", "&") and j + 1 < len(ctx.toks) and j + 1 not in taken:
        n = j + 1
        if ctx.w(n) == "the":
            n += 1
        m = n
        while m < len(ctx.toks) and m not in taken and ctx.toks[m].text[:1].isupper() and ctx.toks[m].text.isalpha():
            m += 1
        if m == n:
            break
        end = j = m
    return end


def _modified_alias(ctx: SentenceContext, a: int, gaz: Gazetteer) -> bool:
    """An actor's alias is a whole noun phrase: one preceded by another side's demonym
    ("Iraqi Kurdish officials") is a longer name, whose head is the outer side's."""
    if a == 0:
        return False
    prev = ctx.toks[a - 1]
    return prev.text[:1].isupper() and any(prev.text in side.demonyms for side in gaz.sides.values())


def _inside_a_name(ctx: SentenceContext, a: int) -> bool:
    """Is the side's name at token a the tail of a longer name ("Mission for Iraq", "Panel of
    Experts on Sudan") or the object of an envoy's role ("the US special envoy for Sudan")?"""
    if ctx.w(a - 1) == "the":
        a -= 1
    if ctx.w(a - 1) not in ("for", "on", "to") or a < 2:
        return False
    return (ctx.w(a - 1) in ("for", "on") and a >= 3 and ctx.toks[a - 2].text[:1].isupper()) or \
        ctx.w(a - 2) in _ENVOY_ROLES


def _role_phrase_at(ctx: SentenceContext, k: int) -> tuple[str, int] | None:
    """A role after a side's name: "India's director general of military operations",
    "Ukraine's human rights commissioner". Returns (kind, end) or None."""
    if ROLE_KINDS.get(ctx.w(k)) in (None, THIRD_PARTY):
        return None
    end = k + 1
    while end < len(ctx.toks) and end - k < 7 and ctx.toks[end].text.islower() and ctx.w(end) not in _REPORTING \
            and ctx.w(end) not in _AUX and ctx.w(end) not in ("and", "that", "who", "which") and ctx.w(end).isalpha():
        end += 1
    kind = _role_kind(ctx.low[k:end]) or "ministry"
    return {"local": "local_authority", "military": "military"}.get(kind, "government"), end


# Bodies that speak for the place they serve, named without a side: "the health ministry",
# "the state emergency service", "the railway company", "the city council".
_LOCAL_BODIES = {"company", "operator", "utility", "council", "municipality", "coroner", "morgue"}
_SERVICE_MODIFIERS = {"health", "emergency", "emergencies", "rescue", "ambulance", "fire"}
# The staff of an emergency service: "civil defence teams", "rescue workers", "ambulance crews".
_CREWS = {"team", "teams", "workers", "worker", "crews", "crew", "volunteers", "staff", "personnel", "spokesman",
          "spokesperson", "spokeswoman"}


def _local_body(ctx: SentenceContext, k: int, base: str) -> bool:
    prev = ctx.w(k - 1)
    if base in ("office", "administration", "department", "service", "authorities", "officials") and (
            prev.endswith("'s") and prev[:-2] in _LOCAL or prev in ("regional", "provincial", "district", "city",
                                                                     "municipal", "oblast", "county")):
        return True  # "the regional prosecutor's office", "the governor's office", "the district administration"
    if base in _LOCAL_BODIES:
        return ctx.w(k - 1) in ("the", "railway", "rail", "power", "energy", "water", "city", "town", "regional",
                                "municipal", "local", "district", "state", "village")
    if base in _CREWS and (prev in _SERVICE_MODIFIERS or prev in ("defence", "defense") and ctx.w(k - 2) == "civil"):
        return True  # "civil defence teams", "rescue workers", "ambulance crews": the emergency services of the place
    return base in ("ministry", "service", "services", "authorities", "officials", "department") and \
        ctx.w(k - 1) in _SERVICE_MODIFIERS


def _capitalised_org_before(ctx: SentenceContext, p: int, taken: set[int]) -> int | None:
    """Start of a capitalised organisation name ending at token p ("Prosecutor General's
    Office", "State Security Service"), or None."""
    if p < 0 or p in taken or not ctx.toks[p].text[:1].isupper() or ctx.w(p) not in _ORG_HEADS:
        return None
    start = p
    while start - 1 >= 0 and start - 1 not in taken and ctx.toks[start - 1].text[:1].isupper() \
            and ctx.w(start - 1) not in ("the", "a", "an") and p - start < 5:
        start -= 1
    return start


def _add_people(ctx: SentenceContext, gaz: Gazetteer, out: list[SpeakerMention], taken: set[int]) -> None:
    """People named with a role, outlets and researchers (speakers.py), in place.

    A gazetteer mention inside a person's role phrase ("India's home minister Amit Shah",
    "X, the African Union envoy,") gives the person its claimant and is absorbed."""
    spans = [(m.a, m.b) for m in out]
    for p in find_people(ctx, gaz, taken, spans):
        if any(k in taken for k in range(p.name_a, p.name_b)):
            continue
        claimant: Claimant | None = None
        if p.side_from is not None:
            inner = next(m for m in out if (m.a, m.b) == p.side_from)
            out.remove(inner)
            claimant = inner.claimant
        a = p.a
        if claimant is None and p.kind == "local":
            # "Hatay Governor Rahmi Dogan", "the governor of the Kharkiv region": the province's own official
            for pm in ctx.places:
                pa, pb = ctx.tok_index_of_mention(pm)
                side = gaz.places[pm.ref].side
                if side and (pb == p.a or p.a <= pa < p.b) and not any(k in taken for k in range(pa, pb)):
                    claimant, a = Claimant(side, side), min(pa, p.a)
                    break
        if p.kind == THIRD_PARTY and (claimant is None or claimant.side != THIRD_PARTY):
            claimant = Claimant("researchers", THIRD_PARTY)
            # "the Yemen Data Project", "the Sudan Doctors Network": the country is part of the name
            out[:] = [m for m in out if not (m.strength == "side" and p.name_a <= m.a and m.b <= p.name_b)]
        out.append(SpeakerMention(a, p.b, claimant, p.kind, "person"))
        taken.update(range(a, p.b))
    for a, b, side in generic_sources(ctx, taken):
        out.append(SpeakerMention(a, b, Claimant("media", side), "media", "composite"))
        taken.update(range(a, b))


def _add_known_people(ctx: SentenceContext, out: list[SpeakerMention], taken: set[int], known: KnownPeople) -> None:
    for k, tok in enumerate(ctx.toks):
        if k in taken or not tok.text[:1].isupper() or tok.low not in known:
            continue
        claimant, kind = known[tok.low]
        out.append(SpeakerMention(k, k + 1, claimant, kind, "person"))
        taken.add(k)


# Reporting verbs beyond the lexicon's, for speakers only ("officials suggested that ...").
_MORE_VERBS = {"suggested", "suggests", "argued", "argues", "concluded", "concludes", "names", "wrote",
               "put", "puts", "found", "finds", "disputed", "told", "say", "reckoned", "reckons",
               "affirmed", "affirms", "affirm", "stressed", "stresses", "explained", "explains", "specified",
               "calculated", "calculates", "assessed", "assesses", "conceded", "concedes", "concede",
               "detailed", "showed", "shows", "believes", "believed", "announcing", "admitting", "telling",
               # a count given as a list or a settled figure: "Hezbollah named fifteen other martyrs", "the
               # authorities count 78 soldiers", "prosecutors later settled on 458 bodies", "the figures list 45"
               "named", "count", "list", "settled"}
_REPORTING = L.REPORTING_VERBS | _MORE_VERBS
_BY_PARTICIPLES = {"issued", "released", "published", "compiled", "given", "provided", "announced", "reported",
                   "confirmed", "cited", "circulated", "posted", "put", "estimated", "declared", "pronounced",
                   "listed"}
# Auxiliaries between a speaker and its verb: "officials were reporting", "Kyiv has said".
_AUX = {"were", "was", "is", "are", "have", "has", "had", "would", "will", "did", "does", "do", "been"}


# Asides that may hold verbs of their own: relative clauses (", which publishes a daily
# tally," / ", who has tracked the war,") and participles (", citing relatives,").
_ASIDE_OPENERS = {"which", "who", "whose", "citing", "quoting", "speaking", "drawing", "based", "using",
                  "relying", "referring", "according"}


# A count named by its owner: "Kyiv's own running total", "the ministry's cumulative tally".
_TOTAL_NOUNS = {"total", "totals", "tally", "tallies", "toll", "running", "cumulative", "own", "list", "lists"}
_BY_ADVERBIALS = {"every", "each", "daily", "weekly", "morning", "evening", "night", "day", "week", "month",
                  "online", "later", "earlier", "first", "jointly", "separately", "regularly", "on", "monday",
                  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


_MODALS = {"could", "would", "will", "might", "may", "must", "should", "can", "lost", "killed", "loses", "kills"}


def _clause_subject(ctx: SentenceContext, b: int) -> bool:
    """Is the mention ending at b the subject of a reported clause ("said Moscow had staged the
    blast", "claimed Ukraine lost 400") rather than a speaker after its verb ("said Kyiv on Monday")?"""
    w = ctx.w(b)
    return w in _AUX or w in _MODALS or (len(w) > 4 and w.endswith("ed") and ctx.toks[b].text.islower())


def _as_saying(ctx: SentenceContext, k: int) -> int | None:
    """"X quoted Y as saying ...": the index of "as", or None. Y, not X, is the source."""
    for j in range(k + 2, min(len(ctx.toks), k + 10)):
        if ctx.w(j) == "as" and ctx.w(j + 1) in ("saying", "stating", "confirming", "estimating", "reporting"):
            return j
        if _punct(ctx.w(j)) and ctx.w(j) not in ("-", "'s"):
            return None
    return None


# Texts whose author is the source: "a study by X", "a survey by X"
_STUDY_NOUNS = {"study", "studies", "survey", "analysis", "investigation", "review", "paper", "research",
                "projection", "projections", "model", "tally", "database", "dataset", "census", "audit"}
_TIME_NOUNS = {"week", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "spring", "summer", "autumn", "winter", "monday",
               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _by_source(ctx: SentenceContext, k: int) -> bool:
    """Is the "by" at k the source of a text ("a statement issued by X", "a count compiled by
    X", "published every morning by X")? Not the agent of a killing ("executed by X")."""
    j = k - 1
    while j > k - 6:
        if ctx.w(j) in _BY_ADVERBIALS:
            j -= 1
        elif ctx.w(j - 1) in ("in", "on", "last", "this") and (ctx.w(j).isdigit() or ctx.w(j) in _TIME_NOUNS):
            j -= 2  # "an investigation published in 2022 by", "figures released last week by"
        else:
            break
    if ctx.w(j) in ("dead", "killed", "missing") and ctx.w(j - 1) in ("confirmed", "declared", "pronounced", "listed"):
        j -= 1  # "the bodies of 35 have been confirmed dead by the IDF": the IDF confirms
    return ctx.w(j) in _BY_PARTICIPLES or ctx.w(j) in L.REPORT_NOUNS or ctx.w(j) in _STUDY_NOUNS


def _count_at(ctx: SentenceContext, k: int) -> bool:
    """Does a casualty-like quantity start at token k ("Kyiv's 400")?"""
    return any(q.tok_start == k for q in ctx.quantities)


def _skip_parenthetical(ctx: SentenceContext, k: int) -> int | None:
    """After ", for its part," / ", speaking on condition of anonymity," / ", which publishes
    a daily tally,": the index past the closing comma, or None when the commas do not close
    a short aside."""
    # a participle opens an aside too: ", asked about that estimate,", ", pressed on the figure,"
    opener = ctx.w(k + 1) in _ASIDE_OPENERS or (len(ctx.w(k + 1)) > 4 and ctx.w(k + 1).endswith("ed")
                                                and ctx.toks[k + 1].text.islower() and ctx.w(k + 2) in _PREPOSITIONS | {"about", "by", "whether", "if"})
    for j in range(k + 1, min(len(ctx.toks), k + (22 if opener else 14))):
        if ctx.w(j) == ",":
            return j + 1 if j > k + 1 else None
        if ctx.w(j) in (";", ":", ".", '"') or (ctx.w(j) in _REPORTING and not opener):
            return None
    return None


# Prepositions opening a short phrase between a speaker and its verb: "villagers near the
# site told", "officials in Jammu and Kashmir say", "a newspaper in exile reported".
_PREPOSITIONS = {"in", "near", "at", "from", "inside", "across", "around", "outside", "for", "of", "on"}


def _skip_pp(ctx: SentenceContext, k: int) -> int | None:
    """Index after a prepositional phrase of at most five words starting at k, or None."""
    if ctx.w(k) not in _PREPOSITIONS:
        return None
    for j in range(k + 1, min(len(ctx.toks), k + 7)):
        w = ctx.w(j)
        if w in _REPORTING or w == ",":
            return j if j > k + 1 else None
        if _punct(w) and w not in ("-", "'s") or w in _AUX or w in ("that", "who", "which"):
            return None
    return None


_TEXT_HEADS = {"assessment", "assessments", "report", "reports", "estimate", "estimates", "statement", "statements",
               "study", "survey", "analysis", "review", "bulletin", "update", "data", "figures", "tally", "count",
               "records", "document", "documents", "memo", "briefing"}
_NOUN_FORMS = {"report", "reports", "claim", "claims", "estimate", "estimates", "state", "records", "documents",
               "lists", "details", "issues", "counts", "notes", "post", "posts", "figures", "tallies"}
_ROLE_FILLERS = {"spokesman", "spokesperson", "spokeswoman", "head", "chief", "minister", "official",
                 "commander", "of", "the", "for", "deputy", "first", "adviser", "advisor", "secretary"}


def _verb_after(ctx: SentenceContext, b: int, others: set[int]) -> int | None:
    """Index of a reporting verb shortly after a mention ("Kiev claimed", "the MOD has said",
    "officials were reporting", "Russia's defence ministry, for its part, reported")."""
    names = 0
    pp_done = False
    k, limit = b, b + 9
    while k < min(len(ctx.toks), limit):
        w = ctx.w(k)
        if w == "(" and k == b:  # "Inter-Services Public Relations (ISPR) said"
            close = next((j for j in range(k + 1, min(len(ctx.toks), k + 8)) if ctx.w(j) == ")"), None)
            if close is not None:
                limit += close + 1 - k
                k = close + 1
                continue
        if k == b and not pp_done:
            after_pp = _skip_pp(ctx, k)
            if after_pp is not None and not any(j in others for j in range(k, after_pp)):
                limit += after_pp - k
                b = k = after_pp  # the aside check below applies after the phrase too
                pp_done = True
                continue
        if w == "," and k == b:
            after = _skip_parenthetical(ctx, k)
            if after is not None:  # an aside between subject and verb does not count
                limit += after - k
                k = after
                continue
        if w in _REPORTING and not (w in _NOUN_FORMS and ctx.w(k - 1) in ("a", "the", "its", "their", "latest", "new")) \
                and not (w == "state" and ctx.toks[k - 1].text[:1].isupper()):  # "Sudan's Gezira state"
            return k
        if w in ("spoke", "speaks", "speak", "spoken") and ctx.w(k + 1) in ("of", "about"):
            return k  # "the ministry, in its bulletin the next day, spoke of dozens ..."
        if k == b and w in _TEXT_HEADS and ctx.w(k + 1) in _REPORTING:
            k += 1  # "a US intelligence assessment estimated", "a Ukrainian military report said"
            continue
        if k in others:
            return None
        k += 1
        if w in _AUX or w in _ADVERBS_BETWEEN or w in ("meanwhile", "however", "too", "though", ","):
            continue
        if _NAME_FILLERS.match(ctx.toks[k - 1].text) and names < 6:
            names += 1  # "Russian Armed Forces Lieutenant General Sergey Sevryukov told"
            continue
        if w in _ROLE_FILLERS:
            continue
        return None
    return None


def sentence_attributions(ctx: SentenceContext, gaz: Gazetteer, known: KnownPeople | None = None) -> list[Attribution]:
    mentions = find_speaker_mentions(ctx, gaz, known)
    starts = {m.a for m in mentions}
    out: list[Attribution] = []
    for k, w in enumerate(ctx.low):
        based = w == "based" and ctx.w(k + 1) == "on"
        source = w == "from" and ctx.w(k - 1) in L.REPORT_NOUNS
        # "a statement issued by X", "a count compiled by X": X is the source
        by = w == "by" and _by_source(ctx, k)
        quoted = w in ("quoted", "cited") and _as_saying(ctx, k) is not None
        if (w == "according" and ctx.w(k + 1) == "to") or w in ("citing", "per", "quoting") or based or source or by \
                or quoted:
            first = k + (2 if w in ("according", "based") else 1)
            # "figures from X": X right after "from", not "figures from last week's fighting with X";
            # "Updated figure from the health ministry:" (a determiner and a modifier may come first)
            if source:
                while ctx.w(first) in ("the", "a", "an") or (ctx.w(first) in _SERVICE_MODIFIERS | {"defence", "defense"}
                                                             and ctx.toks[first].text.islower()):
                    first += 1
            reach = 1 if source else 5
            for m in mentions:
                if m.strength == "side" and m.kind == "demonym" and not ctx.toks[m.a].text.lower().endswith("s") \
                        and ctx.w(m.b) not in L.REPORT_NOUNS and ctx.w(m.b) not in _TEXT_HEADS:
                    continue  # "the death toll from Russian missile strikes": an adjective, not a source
                if first <= m.a <= first + reach:
                    out.append(Attribution(m, k, "citing" if w in ("citing", "quoting") else "according", m.claimant))
                    break
    for k, w in enumerate(ctx.low):
        # the outlet's own count: "by our count", "according to our tally", "our own count shows"
        if w == "our" and (ctx.w(k + 1) in _OWN_COUNTS or ctx.w(k + 1) == "own" and ctx.w(k + 2) in _OWN_COUNTS) \
                and ctx.w(k - 1) in ("by", "to", "in", "on", "", ","):
            mention = SpeakerMention(k, k + 2, OUR_COUNT, "media", "composite")
            out.append(Attribution(mention, k, "according", OUR_COUNT))
    for m in mentions:
        if any(at.mention is m for at in out):
            continue
        tok = ctx.toks[m.b - 1].text
        possessive = tok.lower().endswith("'s") or (ctx.w(m.b) in ("'s", "'") and ctx.w(m.b + 1) == "s")
        if m.strength == "anaphor" and m.kind in ("it", "he", "she", "they", "we", "i") \
                and ctx.w(m.b) not in L.REPORTING_VERBS and not possessive:
            if not (ctx.w(m.b) in _ADVERBS_BETWEEN and ctx.w(m.b + 1) in L.REPORTING_VERBS):
                continue
        if m.strength == "side" and m.kind == "demonym" and not ctx.toks[m.a].text.lower().endswith("s"):
            # a bare adjective ("Russian") is a victim or attacker, not a speaker
            continue
        verb = _verb_after(ctx, m.b, starts - {m.a})
        if verb is not None and ctx.w(verb) in ("quoted", "cited") and _as_saying(ctx, verb) is not None:
            continue  # "Indian news agencies quoted government sources as saying ..."
        if verb is not None:
            out.append(Attribution(m, verb, "pre", m.claimant))
            continue
        # ", said the ministry" / "said Kyiv"
        prev = m.a - 1 if ctx.w(m.a - 1) != "the" else m.a - 2
        if (ctx.w(prev) in L.REPORTING_VERBS and ctx.w(prev) not in ("told", "tells", "informed", "briefed", "quoted", "cited")
                and m.strength != "anaphor" or
                (ctx.w(prev) in ("said", "says", "added", "reported", "claimed") and m.strength == "anaphor"
                 and m.kind not in ("it", "he", "she", "they", "we", "i"))) and not _clause_subject(ctx, m.b):
            out.append(Attribution(m, prev, "post", m.claimant))
            continue
        if possessive:
            for k in range(m.b, min(len(ctx.toks), m.b + 4)):
                # "Kyiv's figure", "Kyiv's own running total", "Kyiv's 400"
                if ctx.w(k) in L.REPORT_NOUNS or ctx.w(k) in _TOTAL_NOUNS or (k == m.b and _count_at(ctx, k)):
                    out.append(Attribution(m, k, "possessive", m.claimant))
                    break
            else:
                pass
            if out and out[-1].mention is m:
                continue
        if m.strength in ("actor", "composite"):
            for k in range(m.b, min(len(ctx.toks), m.b + 6)):
                w = ctx.w(k)
                if w in L.REPORT_NOUNS and ctx.w(k - 1) in ("a", "an", "the", "rare", "new", "its", "their",
                                                              "official", "latest", "first", "updated", "daily",
                                                              "preliminary", "initial", "revised"):
                    out.append(Attribution(m, k, "noun", m.claimant))
                    break
                if _punct(w) or w in ("and", "but", "while", "who", "which", "that"):
                    break
            if out and out[-1].mention is m:
                continue
        if m.a == 0 or (m.a == 1 and ctx.w(0) == "the"):
            # "ISPR: ...", "Kyiv's military: ..." name a source; a place or country alone before a
            # headline colon is the topic ("Sudan: more than 400 killed ..., UN says")
            if ctx.w(m.b) == ":" and m.strength not in ("anaphor", "side"):
                out.append(Attribution(m, m.b, "colon", m.claimant))
    for m in mentions:
        # a headline's source after a closing colon: "11 soldiers martyred, 78 injured: ISPR"
        p = m.a - 1 if ctx.w(m.a - 1) != "the" else m.a - 2
        if ctx.w(p) == ":" and p > 2 and m.claimant is not None and m.strength in ("actor", "composite") \
                and (m.b >= len(ctx.toks) or ctx.w(m.b) in ('"', ".") or "\n" in ctx.clean[ctx.toks[m.b - 1].end:ctx.toks[m.b].start]) \
                and not any(at.mention is m for at in out):
            out.append(Attribution(m, p, "colon", m.claimant))
    out.extend(_bracket_sources(ctx, mentions, out))
    if not out:
        # A monitor's or health ministry's name before the figure is its claim even
        # without a verb: "The UN's latest count: 9,000 civilians killed."
        for m in mentions:
            if m.kind == "media" and ctx.w(m.a - 1) == "(" and ctx.w(m.b) == ")" and ctx.w(m.b + 1) in ("-", "--", ":"):
                continue  # a dateline's agency ("KRAMATORSK, April 9 (AFP) - ...") reports, it is no source
            if m.strength == "actor" and m.kind in ("un", "ngo", "monitor", "health_ministry", "research", "media") \
                    and gaz.actors[m.claimant.id].side == "third_party" or (m.strength == "actor" and m.kind == "health_ministry"):
                out.append(Attribution(m, m.b, "fallback", m.claimant))
                break
    out.extend(_background_clauses(ctx))
    out.sort(key=lambda at: at.anchor)
    return out


_BRACKET_WORDS = {"claim", "claims", "figure", "figures", "data", "estimate", "estimates", "count", "tally", "toll",
                  "statement", "report", "says", "via", "source", "sources", "per", "the", "of", "and", "official",
                  "according", "to", "citing", "own", "count"}


def _bracket_sources(ctx: SentenceContext, mentions: list[SpeakerMention], taken: list[Attribution]) -> list[Attribution]:
    """A source in brackets closing a line, a list item or a table cell: "- 2 medics killed, 1
    wounded (Russian Defence Ministry)[41]", "... 698 wounded (Gaza Health Ministry) |". It owns
    the figures of its line or cell before it (see choose). Not an acronym after a name ("the
    State Emergency Service (SESU)") and not a dateline ("KYIV, April 13 (Reuters) -")."""
    out: list[Attribution] = []
    used = {id(at.mention) for at in taken}
    for k, w in enumerate(ctx.low):
        if w != "(" or k == 0:
            continue
        close = next((j for j in range(k + 1, min(len(ctx.toks), k + 10)) if ctx.w(j) == ")"), None)
        if close is None or close == k + 1:
            continue
        j = close + 1
        if ctx.w(j) == "[":  # a reference mark: "[41]"
            end = next((i for i in range(j + 1, min(len(ctx.toks), j + 4)) if ctx.w(i) == "]"), None)
            j = end + 1 if end is not None else j
        after = ctx.w(j)
        line_end = j >= len(ctx.toks) or after in ("|", ";") or \
            (after in (".", ",") and j + 1 >= len(ctx.toks)) or "\n" in ctx.clean[ctx.toks[j - 1].end:ctx.toks[j].start]
        if not line_end:
            continue
        inside = [m for m in mentions if k < m.a and m.b <= close and (m.claimant is not None or m.kind == "local")
                  and m.strength in ("actor", "composite", "person", "side") and not (m.strength == "side" and m.kind == "demonym")]
        if not inside:
            continue
        m = inside[0]
        rest = [ctx.w(i) for i in range(k + 1, close) if not (m.a <= i < m.b)]
        if any(r not in _BRACKET_WORDS and r.isalpha() for r in rest):
            continue
        if any(m2.b == k for m2 in mentions):
            continue  # "the State Emergency Service of Ukraine (SESU)": an acronym of the name before
        if id(m) in used:
            continue
        out.append(Attribution(m, k, "bracket", m.claimant))
    return out


_BACKGROUND_OPENERS = {"since", "after", "when"}
_PARTICIPLES = {"killing", "leaving", "wounding", "injuring"}


def _background_clauses(ctx: SentenceContext) -> list[Attribution]:
    """Background the author adds inside reported speech: "... killed since Hamas attacked
    Israel on 7 October, killing some 1,400 people." The count after the participle of a
    since/after/when clause with its own verb is the author's, not the speaker's."""
    out: list[Attribution] = []
    for k, w in enumerate(ctx.low):
        if w not in _BACKGROUND_OPENERS or k == 0:
            continue
        for j in range(k + 2, min(len(ctx.toks), k + 14)):
            if ctx.w(j) in _REPORTING or ctx.w(j) in (";", ".", ":", '"'):
                break
            if ctx.w(j) in _PARTICIPLES and ctx.w(j - 1) == "," and any(
                    t.endswith("ed") or t in ("began", "struck", "fought", "overran", "stormed", "broke")
                    for t in ctx.low[k + 1:j - 1]):
                mention = SpeakerMention(j, j, AUTHOR_CLAIMANT, "background", "background")
                out.append(Attribution(mention, j, "background", AUTHOR_CLAIMANT))
                break
    return out


def _own_object_count(ctx: SentenceContext, verb: int) -> bool:
    """Does a figure follow the reporting verb as its object ("admits four", "claims at least 40",
    "says 30")? Such a speaker asserts that figure, not the clause before its comma."""
    for j in range(verb + 1, min(len(ctx.toks), verb + 4)):
        if _count_at(ctx, j):
            return True
        if ctx.w(j) not in ("at", "least", "about", "around", "some", "nearly", "over", "more", "than", "up", "to",
                            "only", "just", "as", "many"):
            return False
    return False


def _punct(w: str) -> bool:
    return bool(w) and not w[0].isalnum() and w not in ("'s",)


# ---- quotations -------------------------------------------------------------------


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
_OUTLET_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z'&.-]+ ){0,3}[A-Z][A-Z'&.-]+, (?:January|February|March|April|May|June|July|"
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
        if not line or not rest or (line[-1] in ".,;:!?\"')" and not _OUTLET_DATELINE.match(line)) \
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
            cost = tok - at.anchor
        elif at.form == "bracket":
            # a bracketed source owns the figures before it in its line or table cell
            if at.anchor < tok or (ctx is not None and "|" in ctx.low[tok:at.anchor]):
                continue
            cost = at.anchor - tok
        elif at.form in ("according", "citing", "fallback", "colon", "noun", "possessive"):
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
            cost = (at.anchor - tok) + 3
        if best_cost is None or cost < best_cost:
            best, best_cost = at, cost
    if best is not None and best.form in ("pre", "post"):
        # "X, citing Y, said N" / "Citing Y, X said N" / "X reported, citing Y, that N": the
        # figure is Y's; X passes it on
        for at in attribs:
            if at.form == "citing" and (at.anchor <= 1 or best.mention.b <= at.anchor <= best.mention.b + 1
                                        or best.anchor < at.anchor <= best.anchor + 2) and at.anchor < tok:
                return at
    return best
