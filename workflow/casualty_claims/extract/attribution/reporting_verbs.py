"""Finding the reporting verb a speaker governs ("Kiev claimed", "the ministry, citing ..., said",
"X told reporters") across asides, parentheticals and prepositional phrases, and the
token tests the attribution rules share."""

from __future__ import annotations

import re

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.speakers import PLACE_NOUNS


ADVERBS_BETWEEN = {
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
    # the place just named: "officials there said", "authorities here say"
    "there", "here",
    # a body's press office: "the military's media wing said", "the army's press service reported"
    "media", "press", "wing", "information", "public", "relations",
    # an armed group's own noun: "Lebanon's Hezbollah movement said", "the Houthi group said"
    "movement", "group", "militia",
}
_NAME_FILLERS = re.compile(r"^[A-Z][\w.'\-]*$")
# Reporting verbs beyond the lexicon's, for speakers only ("officials suggested that ...").
_MORE_VERBS = {"suggested", "suggests", "argued", "argues", "concluded", "concludes", "names", "wrote",
               "put", "puts", "found", "finds", "disputed", "told", "say", "reckoned", "reckons",
               "affirmed", "affirms", "affirm", "stressed", "stresses", "explained", "explains", "specified",
               "calculated", "calculates", "assessed", "assesses", "conceded", "concedes", "concede",
               "detailed", "showed", "shows", "believes", "believed", "believe", "announcing", "admitting", "telling",
               # a count given as a list or a settled figure: "Hezbollah named fifteen other martyrs", "the
               # authorities count 78 soldiers", "prosecutors later settled on 458 bodies", "the figures list 45"
               "named", "count", "list", "settled",
               # a source's reading of whose the dead were: "It attributes the deaths of 172 to ..."
               "attributes", "attributed", "attribute",
               # a text's wording: '"Among them are two children," the post reads'
               "reads"}
REPORTING = L.REPORTING_VERBS | _MORE_VERBS
# Verbs of accusation: their object is the accused, who did the killing, not a speaker.
ACCUSING = {"accused", "accuses", "accusing", "blamed", "blames", "blaming", "charged", "charges"}
_BY_PARTICIPLES = {"issued", "released", "published", "compiled", "given", "provided", "announced", "reported",
                   "confirmed", "cited", "circulated", "posted", "put", "estimated", "declared", "pronounced",
                   "listed"}
# Auxiliaries between a speaker and its verb: "officials were reporting", "Kyiv has said".
AUX = {"were", "was", "is", "are", "have", "has", "had", "would", "will", "did", "does", "do", "been"}
# Asides that may hold verbs of their own: relative clauses (", which publishes a daily
# tally," / ", who has tracked the war,") and participles (", citing relatives,").
_ASIDE_OPENERS = {"which", "who", "whose", "citing", "quoting", "speaking", "drawing", "based", "using",
                  "relying", "referring", "according"}
# A count named by its owner: "Kyiv's own running total", "the ministry's cumulative tally".
TOTAL_NOUNS = {"total", "totals", "tally", "tallies", "toll", "running", "cumulative", "own", "list", "lists"}
_BY_ADVERBIALS = {"every", "each", "daily", "weekly", "morning", "evening", "night", "day", "week", "month",
                  "online", "later", "earlier", "first", "jointly", "separately", "regularly", "on", "monday",
                  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
_MODALS = {"could", "would", "will", "might", "may", "must", "should", "can", "lost", "killed", "loses", "kills"}


def clause_subject(ctx: SentenceContext, b: int) -> bool:
    """Is the mention ending at b the subject of a reported clause ("said Moscow had staged the
    blast", "claimed Ukraine lost 400") rather than a speaker after its verb ("said Kyiv on Monday")?"""
    if ctx.w(b) in L.PERSON_NOUNS and ctx.toks[b].text.islower():
        b += 1  # "say Taliban fighters have attacked": the side's people are the clause's subject
    elif ctx.w(b) in L.ATTACK_NOUNS and (ctx.w(b + 1) in L.KILLED_AFTER or ctx.w(b + 1) in ("kill", "kills", "killed")):
        b += 1  # "Say Taliban Attacks Killed 16", "say RSF shelling killed 30": the side's attack is the subject
    w = ctx.w(b)
    # (a title-case headline capitalises the verb: "Officials Say Taliban Attacks Killed 16")
    return w in AUX or w in _MODALS or (len(w) > 4 and w.endswith("ed") and (ctx.toks[b].text.islower()
                                                                             or w in L.KILLED_AFTER))


def as_saying(ctx: SentenceContext, k: int) -> int | None:
    """"X quoted Y as saying ...": the index of "as", or None. Y, not X, is the source."""
    for j in range(k + 2, min(len(ctx.toks), k + 10)):
        if ctx.w(j) == "as" and ctx.w(j + 1) in ("saying", "stating", "confirming", "estimating", "reporting"):
            return j
        if ctx.w(j) in ("saying", "stating") and ctx.w(j - 1).isalpha():
            return j  # "AFP cited Iraqi security sources stating that ...": the sources, not AFP
        if punct(ctx.w(j)) and ctx.w(j) not in ("-", "'s"):
            return None
    return None


# Texts whose author is the source: "a study by X", "a survey by X"
_STUDY_NOUNS = {"study", "studies", "survey", "analysis", "investigation", "review", "paper", "research",
                "projection", "projections", "model", "tally", "database", "dataset", "census", "audit"}
_TIME_NOUNS = {"week", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "spring", "summer", "autumn", "winter", "monday",
               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def by_source(ctx: SentenceContext, k: int) -> bool:
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
    if ctx.w(j) in _BY_PARTICIPLES and any(ctx.w(n) in ("not", "never", "n't") for n in range(max(0, j - 3), j)):
        return False  # "a figure that was never confirmed by the ministry": the ministry disowns it
    return ctx.w(j) in _BY_PARTICIPLES or ctx.w(j) in L.REPORT_NOUNS or ctx.w(j) in _STUDY_NOUNS


def count_at(ctx: SentenceContext, k: int) -> bool:
    """Does a casualty-like quantity start at token k ("Kyiv's 400")?"""
    return any(q.tok_start == k for q in ctx.quantities)


def _skip_parenthetical(ctx: SentenceContext, k: int) -> int | None:
    """After ", for its part," / ", speaking on condition of anonymity," / ", which publishes
    a daily tally,": the index past the closing comma, or None when the commas do not close
    a short aside."""
    # a participle opens an aside too: ", asked about that estimate,", ", pressed on the figure,"
    opener = ctx.w(k + 1) in _ASIDE_OPENERS or (len(ctx.w(k + 1)) > 4 and ctx.w(k + 1).endswith(("ed", "ing"))
                                                and ctx.toks[k + 1].text.islower() and ctx.w(k + 2) in _PREPOSITIONS | {"about", "by", "whether", "if"})
    # (", writing on the Telegram messaging app,", ", speaking to reporters in Kyiv,")
    for j in range(k + 1, min(len(ctx.toks), k + (22 if opener else 14))):
        if ctx.w(j) == ",":
            return j + 1 if j > k + 1 else None
        if ctx.w(j) in (";", ":", ".", '"') or (ctx.w(j) in REPORTING and not opener):
            return None
    return None


# Prepositions opening a short phrase between a speaker and its verb: "villagers near the
# site told", "officials in Jammu and Kashmir say", "a newspaper in exile reported".
_PREPOSITIONS = {"in", "near", "at", "from", "inside", "across", "around", "outside", "for", "of", "on"}


def _skip_place_tail(ctx: SentenceContext, k: int) -> int | None:
    """Index after the rest of a place named with its kind ("authorities in the Russian | border region of
    Belgorod | have reported", "officials in the Ukrainian | city of Kharkiv | said"), or None."""
    j = k
    while j < k + 3 and ctx.toks[j].text.islower() if j < len(ctx.toks) else False:
        if ctx.w(j) in PLACE_NOUNS:
            break
        if not ctx.w(j).isalpha():
            return None
        j += 1
    if ctx.w(j) not in PLACE_NOUNS or ctx.w(j + 1) != "of":
        return None
    j += 2
    start = j
    while j < len(ctx.toks) and j < start + 3 and ctx.toks[j].text[:1].isupper():
        j += 1
    return j if j > start else None


def _skip_pp(ctx: SentenceContext, k: int) -> int | None:
    """Index after a prepositional phrase of at most five words starting at k, or None."""
    if ctx.w(k) not in _PREPOSITIONS:
        return None
    for j in range(k + 1, min(len(ctx.toks), k + 7)):
        w = ctx.w(j)
        if w in REPORTING or w == "," or (w in ("shared", "shares") and _shares_a_report(ctx, j)):
            return j if j > k + 1 else None  # (also "The ombudsman for the Karabakh region shared on social media:")
        if punct(w) and w not in ("-", "'s") or w in AUX or w in ("that", "who", "which"):
            return None
    return None


TEXT_HEADS = {"assessment", "assessments", "report", "reports", "estimate", "estimates", "statement", "statements",
               "study", "survey", "analysis", "review", "bulletin", "update", "data", "figures", "tally", "count",
               "records", "document", "documents", "memo", "briefing"}
_NOUN_FORMS = {"report", "reports", "claim", "claims", "estimate", "estimates", "state", "records", "documents",
               "lists", "details", "issues", "counts", "notes", "post", "posts", "figures", "tallies"}
_ROLE_FILLERS = {"spokesman", "spokesperson", "spokeswoman", "head", "chief", "minister", "official",
                 "commander", "of", "the", "for", "deputy", "first", "adviser", "advisor", "secretary"}


def claimed_lives(ctx: SentenceContext, k: int) -> bool:
    """"claimed the lives of 12", "claims 12 lives", "claimed responsibility": a killing or an
    attack owned, not a report ("Russian troops claimed the lives of 12 civilians")."""
    if ctx.w(k) not in ("claimed", "claim", "claims", "claiming"):
        return False
    nxt = [ctx.w(j) for j in range(k + 1, k + 5)]
    return nxt[0] in ("responsibility", "lives") or nxt[:2] == ["the", "lives"] or "lives" in nxt[1:3] and \
        not any(w in ("that", "said", "were", "was", "had", "have") for w in nxt)


def verb_after(ctx: SentenceContext, b: int, others: set[int]) -> int | None:
    """Index of a reporting verb shortly after a mention ("Kiev claimed", "the MOD has said",
    "officials were reporting", "Russia's defence ministry, for its part, reported")."""
    coordinated = _coordinated_verb(ctx, b, others)
    if coordinated is not None:
        return coordinated
    names = 0
    pp_done = False
    k, limit = b, b + 9
    while k < min(len(ctx.toks), limit):
        w = ctx.w(k)
        if w == "(" and k == b:  # "Inter-Services Public Relations (ISPR) said"
            close = next((j for j in range(k + 1, min(len(ctx.toks), k + 8)) if ctx.w(j) == ")"), None)
            if close is not None:
                limit += close + 1 - k
                b = k = close + 1  # the aside after the acronym is skipped as after the name
                continue
        if k == b and not pp_done:
            after_pp = _skip_pp(ctx, k) or _skip_place_tail(ctx, k)
            if after_pp is not None and not any(j in others for j in range(k, after_pp)):
                limit += after_pp - k
                b = k = after_pp  # the aside check below applies after the phrase too
                pp_done = True
                continue
        if k == b and (w in _POSTMODIFIERS or len(w) > 5 and w.endswith("ing") and w not in REPORTING) \
                and ctx.toks[k].text.islower():
            # "a health official involved in the response said", "a source familiar with the matter told"
            end = next((j for j in range(k + 1, min(len(ctx.toks), k + 8)) if ctx.w(j) in REPORTING), None)
            if end is not None and not any(punct(ctx.w(j)) and ctx.w(j) != "-" or j in others for j in range(k, end)):
                return end
        if w == "," and k == b and (rel := _relative_clause_verb(ctx, k)) is not None:
            return rel  # "Israel, which says about 240 people were taken into Gaza, called it ..."
        if w == "," and k == b:
            after = _skip_parenthetical(ctx, k)
            if after is not None:  # an aside between subject and verb does not count
                limit += after - k
                k = after
                continue
        if w in ACCUSING and ctx.w(k - 1) in _PASSIVE_AUX:
            return None  # "the RSF has been accused of killing 2,000": the accused, nobody's voice
        if w in REPORTING and not (w in _NOUN_FORMS and ctx.w(k - 1) in ("a", "the", "its", "their", "latest", "new")) \
                and not (w == "state" and ctx.toks[k - 1].text[:1].isupper()) \
                and not claimed_lives(ctx, k):  # not "Sudan's Gezira state"
            return k
        if w in ("spoke", "speaks", "speak", "spoken") and ctx.w(k + 1) in ("of", "about"):
            return k  # "the ministry, in its bulletin the next day, spoke of dozens ..."
        if w in ("shared", "shares") and _shares_a_report(ctx, k):
            return k  # "The ombudsman shared on social media: ...", "the minister shared on Facebook that 12 ..."
        if w in ("read", "reads", "reading") and ctx.w(k + 1) == "out":
            return k  # "the head of the regional administration read out the names of all 46 people killed"
        if k == b and w in TEXT_HEADS and ctx.w(k + 1) in REPORTING:
            k += 1  # "a US intelligence assessment estimated", "a Ukrainian military report said"
            continue
        if k in others:
            return None
        k += 1
        if w in AUX or w in ADVERBS_BETWEEN or w in ("meanwhile", "however", "too", "though", ","):
            continue
        if _NAME_FILLERS.match(ctx.toks[k - 1].text) and names < 6:
            names += 1  # "Russian Armed Forces Lieutenant General Sergey Sevryukov told"
            continue
        if w in _ROLE_FILLERS:
            continue
        return None
    return None


_PASSIVE_AUX = {"been", "was", "were", "is", "are", "be", "being", "widely", "repeatedly", "also", "often"}


_RELATIVE_REPORTING = {"says", "said", "say", "claims", "claimed", "claim", "reports", "reported", "estimates",
                       "estimated", "puts", "put", "counts", "counted"}


def _shares_a_report(ctx: SentenceContext, k: int) -> bool:
    """Does 'shared' at k pass on words or a figure ("shared on social media: ...", "shared on Facebook that",
    "shared a video on Telegram saying", "shared the toll: 9")? Not a thing shared out ("shared a border")."""
    for j in range(k + 1, min(len(ctx.toks), k + 8)):
        w = ctx.w(j)
        if w in (":", "that", "saying", "writing", "stating") or count_at(ctx, j):
            return True
        if punct(w) and w not in ("-", "'s"):
            return False
    return False


def _relative_clause_verb(ctx: SentenceContext, comma: int) -> int | None:
    """The reporting verb of a relative clause on the speaker that gives a count of its own ("Russia, which
    says 300 Ukrainian soldiers were killed, rejected ...", "the governor, who said 12 had died, ..."): the
    relative pronoun is the speaker. A clause with no count is an aside the main verb comes after."""
    if ctx.w(comma + 1) not in ("which", "who"):
        return None
    j = comma + 2
    while (ctx.w(j) in AUX or ctx.w(j) in ("also", "earlier", "later", "now", "previously", "first", "initially")) \
            and j < comma + 5:
        j += 1
    # (not "which acknowledges a few dozen dead": an admission counts the speaker's own dead, which the
    # victim step does not read from a relative clause, so the claimant alone would turn the stance)
    if ctx.w(j) not in _RELATIVE_REPORTING or claimed_lives(ctx, j):
        return None
    for k in range(j + 1, min(len(ctx.toks), j + 16)):
        if ctx.w(k) in (",", ";", ".", ":", "(") or ctx.w(k) in REPORTING:
            return None
        if count_at(ctx, k):
            return j
    return None


# Past tenses without -ed that open a speaker's first clause: "Zelensky broke with long practice and said".
_IRREGULAR_PAST = {"broke", "went", "made", "took", "came", "met", "wrote", "held", "gave", "left", "sent", "spoke",
                   "rose", "stood", "began", "chose", "struck", "told", "put", "set", "led", "paid", "kept"}


def _coordinated_verb(ctx: SentenceContext, b: int, others: set[int]) -> int | None:
    """The reporting verb of a second clause the speaker is the subject of ("Zelensky broke with long practice
    and said that ...", "the minister visited the front and told reporters"): a past tense right after the
    speaker, then 'and' and the reporting verb within a short clause with no punctuation or other speaker."""
    j = b
    while ctx.w(j) in AUX or ctx.w(j) in ADVERBS_BETWEEN:
        j += 1
    w = ctx.w(j)
    if not (w in _IRREGULAR_PAST or len(w) > 4 and w.endswith("ed")) or not ctx.toks[j].text.islower() \
            or w in REPORTING:
        return None
    for k in range(j + 1, min(len(ctx.toks), j + 9)):
        if k in others or punct(ctx.w(k)) and ctx.w(k) != "-" or ctx.w(k) in ("that", "who", "which", "when"):
            return None
        if ctx.w(k) == "and" and ctx.w(k + 1) in REPORTING and ctx.w(k + 1) not in _NOUN_FORMS:
            return k + 1
    return None


# Participles and adjectives that open a phrase between a speaker and its verb.
_POSTMODIFIERS = {"involved", "familiar", "close", "speaking", "working", "responsible", "stationed", "deployed",
                  "present", "briefed", "knowledgeable",
                  # a post and where it went: "A post shared widely on social media says"
                  "shared", "circulated", "posted", "published"}


def punct(w: str) -> bool:
    return bool(w) and not w[0].isalnum() and w not in ("'s",)
