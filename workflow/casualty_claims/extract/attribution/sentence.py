"""The attributions of one sentence: each speaker mention tied to its verb, "according to",
a possessive or report noun, a headline colon, a bracketed source, and the author's
background clauses inside reported speech."""

from __future__ import annotations

import re

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.attribution.claimants import (AUTHOR_CLAIMANT, Attribution, KnownPeople, OUR_COUNT,
                                                           SpeakerMention)
from casualty_claims.extract.attribution.reporting_verbs import (ACCUSING, ADVERBS_BETWEEN, AUX, REPORTING, TEXT_HEADS,
                                                                 TOTAL_NOUNS, as_saying, by_source, claimed_lives,
                                                                 clause_subject, count_at, punct, verb_after)
from casualty_claims.extract.attribution.speaker_mentions import SERVICE_MODIFIERS, find_speaker_mentions
from casualty_claims.extract.speakers import ROLE_KINDS, sent_to
from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer


# A count named as someone's reckoning: "by the reckoning of X", "by Kyiv's reckoning", "in X's estimation".
_RECKONINGS = {"reckoning", "reckonings", "estimation", "count", "counting", "tally", "tallies", "calculation",
               "calculations", "estimate", "estimates", "figures", "records", "accounting"}
_OWN_COUNTS = {"count", "counts", "tally", "tallies", "calculation", "calculations", "reckoning", "estimate",
               "estimates", "analysis", "database", "records"}


# Words that may stand between an outlet's count and "based on": "a tally by AFP based on", "an AP count, based on".
_OUTLET_COUNT_REACH = 6


def _sources_of_outlet_counts(ctx: SentenceContext, mentions: list[SpeakerMention]
                              ) -> list[tuple[int, int, SpeakerMention, int]]:
    """Token spans naming the sources an outlet's own count was 'based on' ('an AFP tally based on official
    Israeli figures', 'a count by the AP, based on figures from the health ministry'): the count is the
    outlet's (CONVENTIONS, Attribution), so whoever those spans name is no claimant."""
    spans = []
    for k, w in enumerate(ctx.low):
        if w in ("based", "drawing", "drawn", "relying") and ctx.w(k + 1) in ("on", "upon", "from") \
                and (found := _outlet_count_before(ctx, k, mentions)) is not None:
            end = k + 2
            while end < len(ctx.toks) and end < k + _SOURCE_REACH and ctx.w(end) not in (",", ";", ":", "(", "."):
                end += 1
            spans.append((k + 2, end, *found))
    return spans


# How far the sources after "based on" run when no comma closes them: "based on official Israeli figures puts".
_SOURCE_REACH = 10


# Verbs whose object after "to" is who heard the speaker: "speaking to AFP", "who spoke to Reuters", "told".
_ADDRESSED = {"speaking", "spoke", "speak", "speaks", "talking", "talked", "talk", "talks", "spoken", "talk"}
_TOLD = {"told", "telling", "tells", "tell"}


def _addressee(ctx: SentenceContext, a: int) -> bool:
    """Is the outlet starting at token a the one spoken to ('speaking to AFP', 'who spoke to the BBC', 'told
    Reuters'), not a speaker?"""
    k = a - 1 if ctx.w(a - 1) == "the" else a
    return ctx.w(k - 1) == "to" and ctx.w(k - 2) in _ADDRESSED or ctx.w(k - 1) in _TOLD


def _outlet_count_before(ctx: SentenceContext, based: int, mentions: list[SpeakerMention]
                         ) -> tuple[SpeakerMention, int] | None:
    """The outlet and its count noun when a count a news outlet made itself ('an AFP tally', 'a tally by AFP',
    'a count by the Associated Press,') ends right before 'based on'."""
    lo = max(0, based - _OUTLET_COUNT_REACH)
    count = next((j for j in range(lo, based) if ctx.w(j) in _OWN_COUNTS), None)
    if count is None:
        return None
    return next(((m, count) for m in mentions if m.kind == "media" and m.claimant is not None
                 and m.claimant.side == THIRD_PARTY and lo <= m.a < based), None)


def sentence_attributions(ctx: SentenceContext, gaz: Gazetteer, known: KnownPeople | None = None) -> list[Attribution]:
    mentions = find_speaker_mentions(ctx, gaz, known)
    starts = {m.a for m in mentions}
    out: list[Attribution] = []
    for k, w in enumerate(ctx.low):
        based = w == "based" and ctx.w(k + 1) == "on"
        source = w == "from" and ctx.w(k - 1) in L.REPORT_NOUNS
        # "a statement issued by X", "a count compiled by X": X is the source
        by = w == "by" and by_source(ctx, k)
        quoted = w in ("quoted", "cited") and as_saying(ctx, k) is not None
        # "by the reckoning of X", "in the count of X": X's figure
        reckoning = w in ("by", "in", "on") and ctx.w(k + 1) in ("the", "a") and ctx.w(k + 2) in _RECKONINGS \
            and ctx.w(k + 3) == "of"
        if w == "according" and ctx.w(k + 2) in ("which", "whom", "whose"):
            continue  # "an infographic, according to which the Azerbaijani army lost 1,280": the text named before
        if (w == "according" and ctx.w(k + 1) == "to") or w in ("citing", "per", "quoting") or based or source or by \
                or quoted or reckoning:
            first = k + (2 if w in ("according", "based") else 4 if reckoning else 1)
            # "figures from X": X right after "from", not "figures from last week's fighting with X";
            # "Updated figure from the health ministry:" (a determiner and a modifier may come first)
            if source:
                while ctx.w(first) in ("the", "a", "an") or (ctx.w(first) in SERVICE_MODIFIERS | {"defence", "defense"}
                                                             and ctx.toks[first].text.islower()):
                    first += 1
            reach = 1 if source else 5
            for m in mentions:
                if m.strength == "side" and m.kind == "demonym" and not ctx.toks[m.a].text.lower().endswith("s") \
                        and ctx.w(m.b) not in L.REPORT_NOUNS and ctx.w(m.b) not in TEXT_HEADS:
                    continue  # "the death toll from Russian missile strikes": an adjective, not a source
                if first <= m.a <= first + reach and _text_of_named(ctx, m, mentions):
                    # "according to casualty figures released by the Houthis", "according to the figures of
                    # the Eye of Humanity Center": the text's author, named after it, is the source
                    reach = m.b - first + 6
                    continue
                if first <= m.a <= first + reach:
                    if source and _cause_of_toll(ctx, k, m):
                        break  # "the death toll from Israel's war", "the toll from the Hamas-led attack": a cause
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
        # "Terekhov's"; also a possessive whose apostrophe the tokeniser dropped after markup ("**Ihor Terekhov**'s")
        split_s = m.b < len(ctx.toks) and ctx.w(m.b) == "s" and "'" in ctx.sentence.text[ctx.toks[m.b - 1].end:ctx.toks[m.b].start]
        possessive = tok.lower().endswith("'s") or (ctx.w(m.b) in ("'s", "'") and ctx.w(m.b + 1) == "s") or split_s
        if m.strength == "anaphor" and m.kind in ("it", "he", "she", "they", "we", "i") \
                and ctx.w(m.b) not in REPORTING and not possessive:
            progressive = ctx.w(m.b) in ("was", "were", "is", "are") and ctx.w(m.b + 1).endswith("ing") \
                and ctx.w(m.b + 1) in REPORTING  # "they were saying 80 dead"; not "they were said to have killed"
            if not progressive and not (ctx.w(m.b) in ADVERBS_BETWEEN and (ctx.w(m.b + 1) in REPORTING or ctx.w(m.b + 1)
                                                                          in ADVERBS_BETWEEN and ctx.w(m.b + 2) in REPORTING)):
                continue  # "it said", "it further stated", "It has also documented"
        if m.strength == "side" and m.kind == "demonym" and not ctx.toks[m.a].text.lower().endswith("s"):
            # a bare adjective ("Russian") is a victim or attacker, not a speaker
            continue
        if m.kind == "media" and _addressee(ctx, m.a):
            continue  # "the mayor, who spoke to Reuters by phone, said", "speaking to the BBC": who was told
        if sent_to(ctx, m.a):
            continue  # "Israel's ambassador to the UN, Gilad Erdan, said": the envoy speaks, not the UN
        verb = verb_after(ctx, m.b, starts - {m.a})
        if verb is not None and ctx.w(verb) in ("quoted", "cited") and as_saying(ctx, verb) is not None:
            continue  # "Indian news agencies quoted government sources as saying ..."
        if verb is not None and _inside_relative(ctx, m.a, verb):
            continue  # "HRANA, which compiles reports from inside Iran, counted 1,190": HRANA counted
        if verb is not None and _object_of_aside(ctx, m.a, verb):
            continue  # "Trump, fresh from a photo-op in France, had posted ...": France is where, not who
        if verb is None:
            verb = _participle_after(ctx, m, mentions)
        if verb is None and m.kind == "media":
            verb = _witness_verb(ctx, m.b)  # "Reporters saw at least 20 bodies": the outlet's own count
        if verb is not None:
            out.append(Attribution(m, verb, "pre", m.claimant))
            continue
        # ", said the ministry" / "said Kyiv"
        prev = _before_modifiers(ctx, m.a)
        if (ctx.w(prev) in L.REPORTING_VERBS and ctx.w(prev) not in ("told", "tells", "informed", "briefed", "quoted", "cited")
                and not _accused(ctx, prev)
                and m.strength != "anaphor" or
                (ctx.w(prev) in ("said", "says", "added", "reported", "claimed") and m.strength == "anaphor"
                 and m.kind not in ("it", "he", "she", "they", "we", "i"))) and not clause_subject(ctx, m.b):
            if _possessor_of_subject(ctx, m, possessive):
                # "the ministry said Ukraine's losses amounted to 540", "put Russia's total losses at 593,000":
                # the subject of the reported clause, nobody's voice; but "said Kyiv's figure of 400 was
                # inflated" quotes Kyiv's own figure
                head = m.b + 1 if split_s else m.b
                if any(ctx.w(k) == "of" and count_at(ctx, k + 1) for k in range(head, min(len(ctx.toks), head + 3))):
                    out.append(Attribution(m, head, "possessive", m.claimant))
                continue
            out.append(Attribution(m, prev, "post", m.claimant))
            continue
        if possessive:
            head = m.b + 1 if split_s else m.b
            for k in range(head, min(len(ctx.toks), head + 4)):
                # "Kyiv's figure", "Kyiv's own running total", "Kyiv's 400"
                if ctx.w(k) in L.REPORT_NOUNS or ctx.w(k) in TOTAL_NOUNS or ctx.w(k) in _RECKONINGS \
                        or ctx.w(k) in _MESSAGE_NOUNS and (k == head or k == head + 1 and ctx.w(head) in _MESSAGE_ADJ) \
                        or (k == head and count_at(ctx, k)):
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
                if punct(w) or w in ("and", "but", "while", "who", "which", "that"):
                    break
            if out and out[-1].mention is m:
                continue
        if _opens_line(ctx, m.a) or _role_before(ctx, m.a):
            # "ISPR: ...", "Kyiv's military: ..." name a source; a place or country alone before a
            # headline colon is the topic ("Sudan: more than 400 killed ..., UN says"); a live
            # blog's "Interior Minister Ihor Klymenko: the number ... has risen to 39"
            # ("Governor: Russia shells Kherson Oblast 54 times, kills 1": a local official, for the place hit)
            if ctx.w(m.b) == ":" and (m.strength not in ("anaphor", "side") or _capital_counting_enemy(ctx, gaz, m)
                                      or (m.strength == "anaphor" and m.kind in WATCHER_HEADS)
                                      or (m.strength == "anaphor" and m.kind == "local"
                                          and ROLE_KINDS.get(ctx.w(m.a)) == "local")):
                out.append(Attribution(m, m.b, "colon", m.claimant))
    for m in mentions:
        # a headline's source after a closing colon or dash: "11 soldiers martyred, 78 injured: ISPR",
        # "Ukraine lost 1,520 servicemen in a day - MoD", "... in a day – General Staff"
        p = closing_source(ctx, m)
        if p is not None and not any(at.mention is m for at in out):
            out.append(Attribution(m, p, "colon", m.claimant))
    for m in mentions if not [at for at in out if at.form != "background"] else []:
        # "Its own tally of Turkish soldiers killed ... stood at 59", "Its earlier tally had stood at 1,383", "By its
        # count": a text of the body named before (discourse resolves "its"), when nothing else in the sentence speaks
        if m.strength == "anaphor" and m.claimant is None and ctx.w(m.a) in _OWNED_TEXTS \
                and not any(at.mention is m for at in out) and _owner_before(ctx, m.a):
            out.append(Attribution(m, m.a, "possessive", None))
    out.extend(_bracket_sources(ctx, mentions, out))
    if not out:
        # A monitor's or health ministry's name before the figure is its claim even
        # without a verb: "The UN's latest count: 9,000 civilians killed."
        for m in mentions:
            if m.kind == "media" and ctx.w(m.a - 1) == "(" and ctx.w(m.b) == ")" and ctx.w(m.b + 1) in ("-", "--", ":"):
                continue  # a dateline's agency ("KRAMATORSK, April 9 (AFP) - ...") reports, it is no source
            if m.kind == "media" and _addressee(ctx, m.a):
                continue  # "..., the mayor, who spoke to Reuters by phone, said": Reuters heard it
            if m.strength == "actor" and m.kind in ("un", "ngo", "monitor", "health_ministry", "research", "media") \
                    and gaz.actors[m.claimant.id].side == "third_party" or (m.strength == "actor" and m.kind == "health_ministry"):
                out.append(Attribution(m, m.b, "fallback", m.claimant))
                break
    inverted = {at.anchor for at in out if at.form == "post" and ctx.w(at.anchor - 1) == ","}
    # "12 Indians killed fighting for Russia, says MEA": the verb's subject comes after it, the name before
    # is no speaker
    out = [at for at in out if not (at.form == "pre" and at.anchor in inverted)]
    out.extend(_background_clauses(ctx))
    sourced = _sources_of_outlet_counts(ctx, mentions)
    if sourced:
        out = [at for at in out if not any(a <= at.mention.a < b for a, b, _, _ in sourced)]
        for _, _, outlet, count in sourced:
            if not any(at.mention is outlet for at in out):
                out.append(Attribution(outlet, count, "possessive", outlet.claimant))
    out.sort(key=lambda at: at.anchor)
    return out


# What a person posts or says, after a possessive: "Mayor Ihor Terekhov's first message had spoken of two dead",
# "the governor's video address put the toll at 12" (the lexicon's report nouns are the bodies' texts).
# Right after the possessive, or after one of _MESSAGE_ADJ: not "Trump's bombing video suggests".
_MESSAGE_NOUNS = {"message", "messages", "posts", "address", "tweet", "tweets", "speech", "letter", "remarks",
                  "comments"}
_MESSAGE_ADJ = {"first", "latest", "last", "new", "own", "second", "earlier", "later", "evening", "morning", "nightly",
                "televised", "video", "telegram"}

# A live blog's or ticker's entry stamp, its date optional: "09:40 —", "2.15pm -", "21 Sep, 09:45 -", "Sept 21, 09:45 -".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TIMESTAMP = re.compile(r"^\s*(?:(?:\d{1,2} " + _MONTH + r"|" + _MONTH + r" \d{1,2})(?:,? \d{4})?,?\s+)?"
                        r"(?:\d{1,2}[:.]\d{2}|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\s*(?:GMT|UTC|local)?\s*[—–-]?\s*(?:the\s+)?$",
                        re.IGNORECASE)


_CAUSES = L.ATTACK_NOUNS | {"war", "wars", "invasion", "aggression", "assault", "assaults", "bombardment", "campaign",
                            "incursion", "operation", "operations", "onslaught", "siege", "-", "led", "-led"}


def _cause_of_toll(ctx: SentenceContext, k: int, m: SpeakerMention) -> bool:
    """Is the side after "toll from" the cause of the deaths ("the death toll from Israel's war on Gaza", "the
    toll from the Hamas-led attack", "the toll from Russian strikes") rather than the one counting ("the first
    toll from the Houthis")?"""
    if ctx.w(k - 1) not in ("toll", "tolls"):
        return False
    return ctx.w(m.b - 1).endswith("'s") or ctx.w(m.b) in _CAUSES or ctx.w(m.b + 1) in _CAUSES \
        or (m.strength == "side" and m.kind == "demonym" and not ctx.w(m.b - 1).endswith("s"))


_AUTHORED_TEXTS = {"figures", "figure", "report", "reports", "statement", "statements", "data", "tally", "count",
                  "estimate", "estimates", "update", "bulletin", "numbers", "records", "statistics"}


def _text_of_named(ctx: SentenceContext, m: SpeakerMention, mentions: list[SpeakerMention]) -> bool:
    """Is the mention a text ("figures", "the report") whose author is named right after it ("figures
    released by X", "the report of X", "statistics from X")?"""
    if m.strength != "anaphor" or m.claimant is not None or ctx.w(m.a) not in _AUTHORED_TEXTS:
        return False
    for k in range(m.b, min(len(ctx.toks), m.b + 5)):
        if ctx.w(k) in ("by", "of", "from"):
            nxt = k + 2 if ctx.w(k + 1) == "the" else k + 1
            return any(o.a == nxt and (o.claimant is not None or o.strength in ("person", "composite"))
                       for o in mentions)
        if ctx.w(k) in _WHEN_WORDS:
            continue  # "casualty figures released Wednesday by the Houthis"
        if not (ctx.toks[k].text.islower() and ctx.w(k).isalpha()) or k >= m.b + 3:
            return False
    return False


# When a text was issued, between it and its author: "figures released Wednesday by", "a report published today by".
_WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "earlier", "later", "overnight", "late", "early"}
_OWNED_TEXTS = {"tally", "count", "figures", "figure", "estimate", "report", "statement", "data", "update", "bulletin"}
_TEXT_ADJ = {"own", "earlier", "latest", "last", "previous", "first", "initial", "preliminary", "daily", "weekly",
             "monthly", "running", "new", "updated", "final", "official", "revised"}


def _owner_before(ctx: SentenceContext, k: int) -> bool:
    j = k - 1
    while ctx.w(j) in _TEXT_ADJ and k - j <= 3:
        j -= 1
    return ctx.w(j) in ("its", "their")


def _possessor_of_subject(ctx: SentenceContext, m: SpeakerMention, possessive: bool) -> bool:
    """Is the mention after a reporting verb the possessor of the reported clause's subject ("the
    ministry said Ukraine's losses amounted to 540", "said Russia's personnel losses had topped
    43,000")? It is the clause's subject, not a speaker after the verb ("said Kyiv's governor" is one
    mention, a role and its side)."""
    if not possessive or m.b >= len(ctx.toks):
        return False
    nxt = ctx.toks[m.b].text
    return nxt.isalpha() and nxt.islower() and nxt.lower() not in ROLE_KINDS


def _opens_line(ctx: SentenceContext, a: int) -> bool:
    """Does the mention at `a` open its line, after at most "the", a live blog's time stamp and the place its
    role is of ("Governor: ...", "21 Sep, 09:45 - Shoigu: ...", "Kherson governor: 3 killed")?"""
    start = next((pa for pa, pb in map(ctx.tok_index_of_mention, ctx.places) if pb == a), a)
    return start == 0 or (start == 1 and ctx.w(0) == "the") or _after_timestamp(ctx, start)


def _after_timestamp(ctx: SentenceContext, a: int) -> bool:
    """Does only a live blog's time stamp come before token a ("09:40 — Zelensky: ...", "14.05 - ISPR: ...")?
    The entry's speaker then opens it as a headline's does."""
    return 0 < a < len(ctx.toks) and _TIMESTAMP.match(ctx.sentence.text[:ctx.toks[a].start]) is not None


def _capital_counting_enemy(ctx: SentenceContext, gaz: Gazetteer, m: SpeakerMention) -> bool:
    """'Kyiv: 400 Russian soldiers killed', 'Moscow: 300 Ukrainian servicemen eliminated', 'Russia: 1400
    Ukrainian soldiers killed'. A side's name before a headline colon speaks when what follows counts its
    enemy's fighters: nobody files the enemy's dead under the enemy's name as a topic."""
    side = gaz.sides.get(m.claimant.id) if m.claimant is not None else None
    if side is None or m.kind != "alias":
        return False
    # (the country's own name too: "Russia: 1400 Ukrainian Soldiers Killed In Donetsk" is Moscow's count; a
    # country's name over its own or its people's toll, "Sudan: 400 killed", stays the topic)
    for other in ctx.sides:
        a, b = ctx.tok_index_of_mention(other)
        # the count's own people: "400 Russian soldiers" (not "as Russian forces shelled the city")
        if a > m.b and other.form == "demonym" and gaz.are_enemies(side.id, other.ref) \
                and any(q.tok_end == a for q in ctx.quantities) \
                and (ctx.w(b) in L.MILITARY_NOUNS or ctx.w(b + 1) in L.MILITARY_NOUNS):
            return True
    return False


_CLOSERS = {":", "-", "\u2013", "\u2014", "--", "|"}
# A monitor named by its kind, signing a headline ("Monitor: death toll ...", "... kill 19: monitor").
WATCHER_HEADS = {"monitor", "observatory", "watchdog", "network", "charity", "ngo"}
# Pronouns never sign a headline ("..., it said" is a clause, not a source line).
_PRONOUNS = {"it", "he", "she", "they", "we", "i"}


# Verbs of seeing for oneself: journalists who saw or counted the dead give their outlet's own count
# (CONVENTIONS: independent, third party), as a count they report does.
_WITNESS_VERBS = {"saw", "counted", "witnessed", "observed", "seen", "see", "count"}


# Participles that report after a main clause of another verb: "X contradicted this, claiming that ...".
_REPORTING_PARTICIPLES = {"saying", "claiming", "insisting", "adding", "stating", "noting", "asserting", "arguing",
                          "maintaining", "announcing", "reporting", "confirming", "countering",
                          # "Pro-Kremlin bloggers went further, writing on Telegram that ..."
                          "writing", "alleging", "estimating",
                          # "Zelensky praised the troops, boasting that they had captured 700 ..."
                          "boasting", "bragging", "declaring", "revealing", "explaining", "warning"}


_ROLE_MODIFIERS = {"health", "defence", "defense", "foreign", "interior", "prime", "deputy", "acting", "senior"}


def _participle_after(ctx: SentenceContext, m: SpeakerMention, mentions: list[SpeakerMention]) -> int | None:
    """A clause's subject whose own verb is not a reporting one, followed by a reporting participle:
    "However, the Iraqi government contradicted this, claiming that the strikes killed one soldier",
    "Hamas rejected the Israeli account, saying 40 civilians were killed". Only the subject of the
    sentence (or of its main clause after an opening phrase), only with a lower-case verb right after
    it, and no other named speaker between (a side's adjective may be the object's)."""
    k = m.a
    # the role and side before a name or a bare role: "President Volodymyr Zelensky", "the Houthi health minister"
    while k > 0 and m.a - k < 4 and (ctx.w(k - 1) in ROLE_KINDS and ROLE_KINDS[ctx.w(k - 1)] != THIRD_PARTY
                                      or ctx.w(k - 1) in _ROLE_MODIFIERS
                                      or any(o.b == k and o.strength == "side" for o in mentions)):
        k = next((o.a for o in mentions if o.b == k and o.strength == "side"), k - 1)
    k = k - 1 if ctx.w(k - 1) == "the" else k
    if ctx.w(k - 1) == "-" and ctx.w(k - 2) == "pro":
        k -= 2  # "Pro-Kremlin bloggers went further, ...": the prefix is the subject's own
    if not (k == 0 or ctx.w(k - 1) == "," and "," not in ctx.low[:k - 1] and k <= 8):
        return None
    if m.strength == "side" and m.kind == "demonym":
        return None
    if m.b >= len(ctx.toks) or not ctx.toks[m.b].text.isalpha() or not ctx.toks[m.b].text.islower():
        return None
    for j in range(m.b + 1, min(len(ctx.toks) - 1, m.b + 10)):
        if ctx.w(j) in (";", ".", ":", '"', "(") or any(o.a == j and o.strength != "side" for o in mentions):
            return None
        if ctx.w(j) == "," and (ctx.w(j + 1) in _REPORTING_PARTICIPLES or ctx.w(j + 1) in ("says", "claims", "admits")
                                and ctx.sentence.text.rstrip()[-1:] not in ".!?\"\u201d"):
            # (a headline's second verb: "IDF disputes toll, says 'under 100' Palestinian casualties")
            if ctx.w(j + 1) == "writing" and "that" not in ctx.low[j + 2:j + 8]:
                return None  # "..., writing nothing about the 40 killed", "writing off 20 tanks"
            return None if claimed_lives(ctx, j + 1) else j + 1  # not "..., claiming 40 lives"
    return None


def _witness_verb(ctx: SentenceContext, b: int) -> int | None:
    k = b
    if ctx.w(k) in ("in", "at", "near", "inside", "on"):  # "Reporters in Gaza have seen", "at the scene"
        j = next((j for j in range(k + 1, min(len(ctx.toks), k + 5))
                  if ctx.w(j) in AUX or ctx.w(j) in _WITNESS_VERBS), None)
        if j is None or any(punct(ctx.w(x)) for x in range(k + 1, j)):
            return None
        k = b = j
    while ctx.w(k) in AUX or ctx.w(k) in ("also", "later", "themselves", "personally"):
        k += 1
    return k if ctx.w(k) in _WITNESS_VERBS and k - b <= 2 else None


def closing_source(ctx: SentenceContext, m: SpeakerMention) -> int | None:
    """Index of the colon or dash before a source that closes a headline or line ("... 78
    injured: ISPR", "... Over Past 24 Hours - MoD", "... in a day – General Staff", "... nears
    16,000 - Health Ministry"), or None. Headlines and wire summaries sign a figure this way
    in every war; the source must end its line and hold nothing but the name, so a dash
    inside prose ("the toll - the ministry said - rose") does not count. A body named by
    its kind (the MoD, the General Staff) is resolved like any anaphor."""
    p = m.a - 1
    while p >= 0 and p > m.a - 4 and ctx.w(p) not in _CLOSERS and (ctx.w(p) == "the" or ctx.toks[p].text[:1].isupper()
                                                                  or ctx.w(p) in _SPEAKER_MODIFIERS):
        p -= 1  # "- Health Ministry", ": the Gaza Health Ministry", "– regional administration": the name's own words
    if ctx.w(p) not in _CLOSERS or p <= 2:
        return None
    if m.claimant is None and not (m.strength == "anaphor" and m.kind not in _PRONOUNS):
        return None
    if m.claimant is not None and m.strength not in ("actor", "composite", "person") \
            and not (m.strength == "side" and (m.kind != "demonym" or ctx.w(m.b - 1).endswith("s"))
                     and ctx.w(p) == ":" and p == m.a - 1
                     and _signs_a_figure(ctx, p)):
        return None  # a bare side closing a line after a dash is a topic ("... - Ukraine"), not a signature
    if ctx.w(p) != ":" and (ctx.w(p - 1) in _CLOSERS or not _spaced(ctx, p)):
        return None  # "al-Shifa hospital": a hyphen inside a name signs nothing
    b = m.b
    if ctx.w(b) in (",", "and") and ctx.w(p) == ":" and p > len(ctx.toks) - 10:
        # "Israeli strike kills 3 in Lebanon: ministry, Israeli army": two sources sign it; the first speaks
        b = len(ctx.toks) if all(t.text[:1].isalpha() or t.text in (",", "-") for t in ctx.toks[b:]) else b
    while b < len(ctx.toks) and b < m.b + 3 and ctx.w(b) in _SIGNED_TEXTS:
        b += 1  # "...: General Staff daily update", "... - ISPR statement": the source's text signs it
    ends = b >= len(ctx.toks) or ctx.w(b) in ('"', ".") and b + 1 >= len(ctx.toks) \
        or "\n" in ctx.clean[ctx.toks[b - 1].end:ctx.toks[b].start]
    if not ends:
        return None
    if ctx.w(p) != ":" and "\n" in ctx.clean[:ctx.toks[p].start].strip():
        return None  # a dash signs a one-line headline, not the last line of a paragraph
    return p


def _signs_a_figure(ctx: SentenceContext, colon: int) -> bool:
    """Does the line before the colon report a figure ("Russia has lost over 20,000 troops in February: Kyiv",
    "192 troops killed in Karabakh offensive: Azerbaijan")? A country's name after it then signs the figure."""
    return any(count_at(ctx, j) or ctx.w(j).replace(",", "").isdigit() for j in range(colon))


# The text a source signs a headline with: "...: General Staff daily update", "... - ministry statement".
_SIGNED_TEXTS = {"daily", "update", "statement", "report", "briefing", "bulletin", "data", "figures", "tally",
                 "summary", "says", "claims", "reports"}


# Words that may stand between a reporting verb and the speaker after it: ", says local
# official", "said a senior military official", "said the regional police chief".
_SPEAKER_MODIFIERS = {"peace", "rights", "human", "aid", "monitoring", "war", "independent", "the", "a", "an", "local", "senior", "regional", "provincial", "district", "military",
                      "security", "medical", "hospital", "government", "top", "another", "one", "police",
                      "municipal", "city", "village", "town", "health", "army", "defence", "defense"}


def _inside_relative(ctx: SentenceContext, a: int, verb: int) -> bool:
    """Is the mention at `a` inside a relative clause (", which ...", ", who ...", ", whose ...") that closes with a
    comma before the verb? The clause is about the subject before it; its names are not the verb's subject."""
    opener = next((j for j in range(a - 1, max(-1, a - 16), -1) if ctx.w(j) in (",", ";", ":", '"', "(", ")")), None)
    return opener is not None and ctx.w(opener) == "," and ctx.w(opener + 1) in ("which", "who", "whose") \
        and any(ctx.w(j) == "," for j in range(a, verb))


def _object_of_aside(ctx: SentenceContext, a: int, verb: int) -> bool:
    """Is the mention at `a` the object of a preposition closing an aside before the verb
    ("X, fresh from talks in France, said")? Such a name is a place or a partner, not the subject.
    A phrase that opens its sentence, or one with the speaker's own noun ("officials in Kyiv
    said") has no comma before the verb and is left alone."""
    p = a - 1
    if ctx.w(p) == "the":
        p -= 1
    return ctx.w(p) in ("in", "at", "near", "from", "with") and p > 0 \
        and any(ctx.w(j) == "," for j in range(a, verb)) and any(ctx.w(j) == "," for j in range(0, p))


def _role_before(ctx: SentenceContext, a: int) -> bool:
    """Is everything before the mention at `a` a capitalised title ("Interior Minister",
    "Deputy Defence Minister", "Regional Governor")? Such a line opens with its speaker."""
    words = ctx.toks[:a]
    return 0 < len(words) <= 4 and all(t.text.isalpha() and (t.text[:1].isupper() or t.text.lower() in ROLE_KINDS)
                                       for t in words) \
        and any(t.text.lower() in ROLE_KINDS for t in words)  # "IDF spokesman Daniel Hagari:"


def _spaced(ctx: SentenceContext, k: int) -> bool:
    """Is the token at k set off by a space on at least one side (a dash, not a hyphen inside a
    name)? Headlines set the dash loosely: "... of Kherson– regional administration"."""
    tok = ctx.toks[k]
    return ctx.clean[tok.start - 1:tok.start].isspace() or ctx.clean[tok.end:tok.end + 1].isspace()


def _before_modifiers(ctx: SentenceContext, a: int) -> int:
    """Index of the word before the speaker at `a` and its determiner and modifiers (at most three)."""
    p = a - 1
    skipped, place_done = 0, ctx.w(a) not in ROLE_KINDS
    while True:
        if skipped < 3 and ctx.w(p) in _SPEAKER_MODIFIERS and ctx.toks[p].text.islower():
            p, skipped = p - 1, skipped + 1
            continue
        # the place a role is of: ", says Kharkiv governor", "said the Donetsk regional governor"
        place = None if place_done else next((pa for pa, pb in map(ctx.tok_index_of_mention, ctx.places)
                                              if pb == p + 1), None)
        if place is None:
            return p
        p, place_done = place - 1, True


def _accused(ctx: SentenceContext, verb: int) -> bool:
    """Is the mention after the verb at `verb` the one accused ("accused the RSF of killing
    300", "blamed Hamas for the deaths")? The accused is the verb's object, never its speaker."""
    return ctx.w(verb) in ACCUSING and ctx.w(verb + 1) != ","


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
            if ctx.w(j) in REPORTING or ctx.w(j) in (";", ".", ":", '"'):
                break
            if ctx.w(j) in _PARTICIPLES and ctx.w(j - 1) == "," and any(
                    t.endswith("ed") or t in ("began", "struck", "fought", "overran", "stormed", "broke")
                    for t in ctx.low[k + 1:j - 1]):
                mention = SpeakerMention(j, j, AUTHOR_CLAIMANT, "background", "background")
                out.append(Attribution(mention, j, "background", AUTHOR_CLAIMANT))
                break
    return out
