"""Casualty cues: the words that say what happened to people ("killed", "taken hostage",
"sustained wounds"), the auxiliaries and adverbs that may lead up to them, and whether that
chain is hypothetical."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.tokens import PREPOSITIONS, is_person_noun, is_punct
from casualty_claims.extract.context import SentenceContext


_SINGLE_RIGHT = (
    ("killed", L.KILLED_AFTER), ("wounded", L.WOUNDED_AFTER), ("casualties", L.CASUALTIES_AFTER),
    ("captured", L.CAPTURED_AFTER), ("missing", L.MISSING_AFTER),
)
_PHRASES = sorted(
    [(p, "killed") for p in L.KILLED_PHRASES] + [(p, "captured") for p in L.CAPTURED_PHRASES]
    + [(p, "missing") for p in L.MISSING_PHRASES] + [(p, "wounded") for p in L.WOUNDED_PHRASES]
    + [(p, "hospital") for p in L.HOSPITAL_PHRASES],
    key=lambda x: -len(x[0]),
)
# The phrases by their first word, longest first as above: cue_at runs for every token of
# every people phrase, and trying all phrases there was a quarter of the extractor's time.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _p, _t in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_p[0], []).append((_p, _t))

_TYPE_OF_BEFORE = (
    [(w, "killed") for w in L.KILLED_BEFORE] + [(w, "wounded") for w in L.WOUNDED_BEFORE]
    + [(w, "captured") for w in L.CAPTURED_BEFORE] + [(w, "casualties") for w in L.LOST_BEFORE]
    + [(w, "casualties") for w in L.CASUALTIES_BEFORE]
)
# Cue words that also work as adjectives: "81 seriously wounded Palestinians have started
# crossing" counts evacuees, not a wounding.
ADJECTIVAL_CUES = {"wounded", "injured", "dead", "missing", "captured", "killed", "hurt", "trapped"}
DEGREE_ADVERBS = {"seriously", "critically", "badly", "severely", "lightly", "slightly", "gravely", "mortally"}

TYPE_OF_VERB_BEFORE = {}
for _w, _t in _TYPE_OF_BEFORE:
    TYPE_OF_VERB_BEFORE.setdefault(_w, _t)


def cue_at(ctx: SentenceContext, k: int, np_head: str = "") -> tuple[str, int] | None:
    """(casualty type, end token) when a casualty cue starts at token k."""
    w = ctx.w(k)
    if not w:
        return None
    if w == "trapped" and ctx.w(k + 1) in ("in", "inside", "within") and (
            ctx.toks[min(k + 2, len(ctx.toks) - 1)].text[:1].isupper() or ctx.w(k + 2 + (ctx.w(k + 2) == "the")) in _BESIEGED):
        return None  # a population trapped in a city ("trapped in El Fasher"), not under rubble
    for phrase, ctype in _PHRASES_BY_FIRST.get(w, ()):
        if tuple(ctx.w(k + n) for n in range(len(phrase))) == phrase:
            if ctype == "hospital":
                if not _harm_told(ctx):
                    continue
                ctype = "wounded"
            if ctype == "missing" and phrase[0] == "under" and ctx.w(k - 1) == "from":
                return None  # "recovered / pulled from under the rubble": out of it, found, no longer missing
            return _combined(ctx, ctype, k + len(phrase))
    if w == "lives":
        # "89 lives were lost" (not "saved 89 lives")
        if ctx.w(k + 1) == "lost" or (ctx.w(k + 1) in ("were", "have", "had") and "lost" in (ctx.w(k + 2), ctx.w(k + 3))):
            return "killed", k + 2
        return None
    if np_head == "bodies" and w in L.BODIES_VERBS:
        return "killed", k + 1
    if w == "hit" and ctx.w(k - 1) in ("been", "were", "was", "being") and ctx.w(k + 1) == "by":
        # "fewer than 10 people had been hit by that fire"
        for m in range(k + 2, min(len(ctx.toks), k + 6)):
            if ctx.w(m) in _FIRE_NOUNS:
                return "casualties", m + 1
            if is_punct(ctx.w(m)):
                break
    if w == "taken" and np_head and is_person_noun(np_head) and (
            ctx.w(k + 1) in ("into", "across") and (ctx.w(k + 2) not in _TAKEN_NOT_CAPTIVE or (
                ctx.w(k + 2) == "the" and (ctx.toks[min(k + 3, len(ctx.toks) - 1)].text[:1].isupper()
                                       or ctx.w(k + 3) in ("border", "frontier", "river", "lines"))))
            or ctx.w(k + 1) == "from" and ctx.w(k + 2) in ("the", "their", "a") and ctx.w(k + 3) in _TAKEN_FROM):
        return "captured", k + 1  # "240 people were taken into Gaza", "cadets taken from the base"
    if w == "lost" and np_head and is_person_noun(np_head) and (
            ctx.w(k - 1) in ("were", "was", "been", "being") and ctx.w(k + 1) not in (
                "their", "his", "her", "its", "contact", "touch", "track", "control")
            or ctx.w(k + 1) in ("since", "during", "so") and ctx.w(k - 1) == np_head):
        return "casualties", k + 1  # "some 300 troops were lost in the assault"
    if w in ("fallen", "fell") and np_head and is_person_noun(np_head) \
            and ctx.w(k + 1) not in _FELL_NOT_DEATH and (w == "fell" or ctx.w(k - 1) in ("have", "has", "had", "'ve")):
        return "killed", k + 1  # "790 soldiers have fallen since October 7"; not "fell ill", "fell into"
    if w in L.INJURY_VERBS:
        # "sustained (serious / shrapnel) injuries", "suffered gunshot wounds"
        for m in range(k + 1, k + 4):
            x = ctx.w(m)
            if x in L.INJURY_NOUNS:
                fatal = any(ctx.w(y) in ("fatal", "mortal", "lethal") for y in range(k + 1, m))
                return ("killed" if fatal else "wounded"), m + 1
            if not x.isalpha() or x in L.NP_STOP - {"the", "a"}:
                break
    for ctype, words in _SINGLE_RIGHT:
        if w in words:
            return _combined(ctx, ctype, k + 1)
    return None


_BESIEGED = {"city", "town", "enclave", "area", "region", "besieged", "village", "country", "territory", "strip",
             "camp", "pocket", "north", "south", "east", "west", "district", "neighbourhood", "neighborhood"}
_FIRE_NOUNS = {"fire", "gunfire", "bullets", "bullet", "shrapnel", "shelling", "shells", "sniper", "snipers",
               "rounds", "fragments", "crossfire", "airstrike", "airstrikes", "strike", "strikes", "missile",
               "rocket", "rockets", "shell", "drone", "drones", "bombs", "bomb", "explosion", "blast"}
_TAKEN_NOT_CAPTIVE = {"custody", "care", "account", "consideration", "hospital", "hospitals", "shelter", "shelters",
                      "safety", "protection", "service", "the", "a", "an"}
_TAKEN_FROM = {"base", "kibbutz", "festival", "village", "town", "camp", "barracks", "school", "academy", "outpost",
               "post", "border", "streets", "street", "homes", "home", "houses", "city", "area", "party", "site"}


_HARM_WORDS = L.ATTACK_NOUNS | L.INJURY_NOUNS | L.KILLED_AFTER | L.WOUNDED_AFTER | {"killing", "wounding", "explosion",
                                                                                "blast", "shrapnel"}


def _harm_told(ctx: SentenceContext) -> bool:
    """Does the sentence tell of an attack, a death or a wound (L.HOSPITAL_PHRASES)?"""
    return any(w in _HARM_WORDS for w in ctx.low)


def harm_told(ctx: SentenceContext) -> bool:
    """Does the sentence tell of an attack, a death, a wound or the condition of the hurt ("in
    critical condition")? For people treated with no injury word of their own."""
    return _harm_told(ctx) or any(w == "condition" and ctx.w(k - 1) in _CONDITIONS for k, w in enumerate(ctx.low))


_CONDITIONS = {"critical", "serious", "grave", "stable", "moderate", "severe"}


def _combined(ctx: SentenceContext, ctype: str, end: int) -> tuple[str, int]:
    """'killed or wounded', 'dead and injured' -> casualties (one claim for both); 'captured or
    missing', 'missing or captured' -> missing (the fate is not known)."""
    if ctype in ("captured", "missing") and ctx.w(end) in ("or", "and", "/") and \
            ctx.w(end + 1) in (L.MISSING_AFTER if ctype == "captured" else L.CAPTURED_AFTER):
        return "missing", end + 2
    if ctype == "captured" and ctx.w(end) == "or" and ctx.w(end + 1) in _GONE and ctx.w(end + 2) in L.MISSING_AFTER:
        return "missing", end + 3  # "may have been captured or went missing": the fate is not known
    if ctx.w(end) in ("and", "or", "/", "&") and ctype in ("killed", "wounded"):
        skip = 1 if ctx.w(end + 1) in DEGREE_ADVERBS else 0
        nxt = ctx.w(end + 1 + skip)
        end += skip
        other = "wounded" if ctype == "killed" else "killed"
        words = L.WOUNDED_AFTER if other == "wounded" else (L.KILLED_AFTER - {"lives"})
        if nxt in words:
            return "casualties", end + 2
    return ctype, end


_GONE = {"went", "gone", "go", "are", "were", "remain", "remained", "is", "was"}

_FELL_NOT_DEATH = {"ill", "sick", "into", "victim", "victims", "from", "off", "down", "asleep", "silent", "to",
                   "short", "apart", "under", "behind", "back", "out", "over", "through", "in", "for", "prey",
                   "unconscious", "quiet", "pregnant", "foul", "sharply", "by", "below", "within"}


def leads_to_cue(ctx: SentenceContext, k: int, head: str) -> bool:
    """Do auxiliaries and adverbs from token k lead to a casualty cue ("had been killed")?"""
    m = k
    while m < len(ctx.toks) and m - k < 8 and chainable(ctx.w(m)) and cue_at(ctx, m, head) is None:
        m += 1
    return cue_at(ctx, m, head) is not None


# Words in -ly that are no adverbs of manner between the people and their verb.
_NOT_ADVERBS = {"family", "assembly", "italy", "july", "supply", "rally", "early", "only", "daily", "weekly",
                "monthly", "nightly", "yearly", "holy", "elderly", "ally", "anomaly", "monopoly", "reply", "fly",
                "belly", "bully", "jelly", "lily", "hourly", "friendly", "deadly", "costly", "lonely", "likely"}


def chainable(w: str) -> bool:
    """An auxiliary or an adverb between the people and their verb: "were brutally killed",
    "had reportedly been summarily executed"."""
    return w in L.CHAIN or (len(w) > 4 and w.endswith("ly") and w.isalpha() and w not in _NOT_ADVERBS)


MAIN_VERB_CUES = {"died", "succumbed", "perished", "disappeared"}


def main_verb_after_relative(ctx: SentenceContext, j: int) -> tuple[int, tuple[str, int]] | None:
    """The main verb after a relative clause: "17 others who had been critically injured and
    exposed to the cold later succumbed" were killed, not wounded. It is a cue verb that is
    finite ("died") or follows an auxiliary ("were killed"), before any comma or new clause."""
    for m in range(j, min(len(ctx.toks), j + 16)):
        w = ctx.w(m)
        joined = w == "-" and ctx.toks[m - 1].end == ctx.toks[m].start
        if (is_punct(w) and not joined) or w in ("who", "which", "when", "where", "while", "but") or (
                w == "that" and ctx.w(m - 1) not in PREPOSITIONS | {"of", "by", "for", "to", "with"}):
            return None  # not "held in that barrack on the night of the blast"
        cue = cue_at(ctx, m)
        if cue is not None and (w in MAIN_VERB_CUES or (ctx.w(m - 1) in L.CHAIN and m > j)):
            return m, cue
    return None


def hypothetical_chain(chain: list[str]) -> bool:
    """'could be killed', 'will die' are hypothetical; 'might have been killed' is a hedged claim."""
    for m, w in enumerate(chain):
        if w in L.MODALS_HYPOTHETICAL and (w == "would" or "have" not in chain[m + 1:]):
            return True  # "would have died" is counterfactual too
    return False


# The first type whose sentence cues hold a word (the cue lists are disjoint today; first wins if not).
_TYPE_OF_CUE: dict[str, str] = {}
for _ctype, _cues in L.SENTENCE_TYPE_CUES.items():
    for _w in _cues:
        _TYPE_OF_CUE.setdefault(_w, _ctype)


def type_cue(w: str) -> str | None:
    """The casualty type a sentence-level cue word speaks of ("deaths" -> killed), or None."""
    return _TYPE_OF_CUE.get(w)


def sentence_type(ctx: SentenceContext) -> str | None:
    """The casualty type a sentence speaks of, from its first cue word."""
    return next((t for w in ctx.low if (t := type_cue(w)) is not None), None)
