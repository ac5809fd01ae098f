"""Which counts are casualty counts, and of what type: the link from number to cue.

A number is a claim only if grammar ties it to people suffering something. The rules
read a few tokens on either side of it:

- right:  COUNT [of] [people phrase] [, including ..., ] [in PLACE] [who] [aux...] CUE
          "400 Russian soldiers might have been killed", "89 dead", "scores of deaths"
- left:   VERB COUNT [people phrase]          "killing 89 Russian conscripts", "lost 300 troops"
- of:     NOUN of COUNT                       "the killing of 89 Russian soldiers"
- toll:   TOLL ... LINK COUNT                 "the death toll rose to 89", "latest figure is 83"
- from:   a revision's old figure             "raised the toll to 89, up from 63"
- coord:  a count joined to a claim           "killing 12 soldiers and three civilians"

and refuse counts of things ("six deadly HIMARS missiles"), people who are merely
present ("scores of recently mobilised troops" housed there), negated or hypothetical
events ("could kill thousands", "were not killed"), and comparisons with other wars.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import TENS, UNITS, Quantity
from casualty_claims.sentences import TITLES


@dataclass(frozen=True)
class Link:
    qty: Quantity
    ctype: str  # killed | wounded | casualties | captured | missing
    cue_start: int  # token index of the cue word(s)
    cue_end: int
    np_start: int  # token range of the people phrase after the count (may be empty)
    np_end: int
    how: str  # right | left | of | toll | from | coord


_SINGLE_RIGHT = (
    ("killed", L.KILLED_AFTER), ("wounded", L.WOUNDED_AFTER), ("casualties", L.CASUALTIES_AFTER),
    ("captured", L.CAPTURED_AFTER), ("missing", L.MISSING_AFTER),
)
_PHRASES = sorted(
    [(p, "killed") for p in L.KILLED_PHRASES] + [(p, "captured") for p in L.CAPTURED_PHRASES]
    + [(p, "missing") for p in L.MISSING_PHRASES] + [(p, "wounded") for p in L.WOUNDED_PHRASES],
    key=lambda x: -len(x[0]),
)
_DETERMINERS = {"the", "those", "these", "its", "their", "his", "her", "our", "your", "whose"}
_PARENTHETICAL = {"including", "among", "mostly", "most", "many", "mainly", "all", "both", "nearly",
                  "almost", "some", "half", "majority", "mainly", "primarily", "overwhelmingly", "largely",
                  "predominantly", "among them", "of", "both", "none", "roughly", "about"}
_PREPS = {"in", "at", "on", "near", "inside", "from", "aboard", "across", "around", "outside",
          "within", "throughout"}
_PP_STOP = {"were", "was", "are", "is", "have", "has", "had", "said", "says", "and", "or", "but", ";"}
_BASE_FORMS = {"kill", "wound", "injure", "capture", "take", "lose", "eliminate", "destroy", "liquidate",
               "leave", "cause", "claim", "cost", "see", "die", "result", "mean", "bring", "face",
               "suffer", "neutralise", "neutralize", "hurt", "maim", "abduct", "kidnap", "seize"}
_REQUIRES_PERSON = (L.LOST_BEFORE | {"destroying", "destroyed", "eliminating", "eliminated", "eliminate",
                    "liquidating", "liquidated", "liquidate", "neutralising", "neutralizing", "neutralised",
                    "neutralized", "annihilated", "annihilating"} | L.CAPTURED_BEFORE)
_HOSTAGE_HEADS = {"hostages", "hostage", "prisoners", "prisoner", "captives", "captive", "pows", "pow"}
_TYPE_OF_BEFORE = (
    [(w, "killed") for w in L.KILLED_BEFORE] + [(w, "wounded") for w in L.WOUNDED_BEFORE]
    + [(w, "captured") for w in L.CAPTURED_BEFORE] + [(w, "casualties") for w in L.LOST_BEFORE]
    + [(w, "casualties") for w in L.CASUALTIES_BEFORE]
)
# Cue words that also work as adjectives: "81 seriously wounded Palestinians have started
# crossing" counts evacuees, not a wounding.
_ADJECTIVAL = {"wounded", "injured", "dead", "missing", "captured", "killed", "hurt", "trapped"}
_DEGREE = {"seriously", "critically", "badly", "severely", "lightly", "slightly", "gravely", "mortally"}
_ACTIVE_OBJECT_START = {"the", "a", "an", "at", "about", "some", "more", "over", "up", "nearly", "around",
                        "dozens", "scores", "hundreds", "thousands", "several", "many", "his", "her", "their", "its"}
_QUALIFIER_START = {"at", "about", "some", "more", "over", "up", "nearly", "around"}
_BEFORE = {}
for _w, _t in _TYPE_OF_BEFORE:
    _BEFORE.setdefault(_w, _t)


def _is_punct(tok: str) -> bool:
    return bool(tok) and not tok[0].isalnum()


def _full_stop(ctx: SentenceContext, k: int) -> bool:
    """Does token k end a clause ("." "?" "!" ";")? Not the point of an abbreviation ("since
    Oct. 7", "the U.N. count", "Lt. Gen. Ghai")."""
    w = ctx.w(k)
    if w in (";", "?", "!"):
        return True
    if w != ".":
        return False
    prev = ctx.w(k - 1)
    if k > 0 and ctx.toks[k - 1].end == ctx.toks[k].start and (prev in TITLES or (len(prev) == 1 and prev.isalpha())):
        return False
    return True


def cue_at(ctx: SentenceContext, k: int, np_head: str = "") -> tuple[str, int] | None:
    """(casualty type, end token) when a casualty cue starts at token k."""
    w = ctx.w(k)
    if not w:
        return None
    if w == "trapped" and ctx.w(k + 1) in ("in", "inside", "within") and (
            ctx.toks[min(k + 2, len(ctx.toks) - 1)].text[:1].isupper() or ctx.w(k + 2 + (ctx.w(k + 2) == "the")) in _BESIEGED):
        return None  # a population trapped in a city ("trapped in El Fasher"), not under rubble
    for phrase, ctype in _PHRASES:
        if tuple(ctx.w(k + n) for n in range(len(phrase))) == phrase:
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
            if _is_punct(ctx.w(m)):
                break
    if w == "taken" and np_head and _is_person_noun(np_head) and (
            ctx.w(k + 1) in ("into", "across") and (ctx.w(k + 2) not in _TAKEN_NOT_CAPTIVE or (
                ctx.w(k + 2) == "the" and (ctx.toks[min(k + 3, len(ctx.toks) - 1)].text[:1].isupper()
                                       or ctx.w(k + 3) in ("border", "frontier", "river", "lines"))))
            or ctx.w(k + 1) == "from" and ctx.w(k + 2) in ("the", "their", "a") and ctx.w(k + 3) in _TAKEN_FROM):
        return "captured", k + 1  # "240 people were taken into Gaza", "cadets taken from the base"
    if w == "lost" and np_head and _is_person_noun(np_head) and (
            ctx.w(k - 1) in ("were", "was", "been", "being") and ctx.w(k + 1) not in (
                "their", "his", "her", "its", "contact", "touch", "track", "control")
            or ctx.w(k + 1) in ("since", "during", "so") and ctx.w(k - 1) == np_head):
        return "casualties", k + 1  # "some 300 troops were lost in the assault"
    if w in ("fallen", "fell") and np_head and (np_head in L.PERSON_NOUNS or _plural(np_head) in L.PERSON_NOUNS) \
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


def _is_person_noun(head: str) -> bool:
    return head in L.PERSON_NOUNS or _plural(head) in L.PERSON_NOUNS


def _combined(ctx: SentenceContext, ctype: str, end: int) -> tuple[str, int]:
    """'killed or wounded', 'dead and injured' -> casualties (one claim for both); 'captured or
    missing', 'missing or captured' -> missing (the fate is not known)."""
    if ctype in ("captured", "missing") and ctx.w(end) in ("or", "and", "/") and \
            ctx.w(end + 1) in (L.MISSING_AFTER if ctype == "captured" else L.CAPTURED_AFTER):
        return "missing", end + 2
    if ctx.w(end) in ("and", "or", "/", "&") and ctype in ("killed", "wounded"):
        skip = 1 if ctx.w(end + 1) in _DEGREE else 0
        nxt = ctx.w(end + 1 + skip)
        end += skip
        other = "wounded" if ctype == "killed" else "killed"
        words = L.WOUNDED_AFTER if other == "wounded" else (L.KILLED_AFTER - {"lives"})
        if nxt in words:
            return "casualties", end + 2
    return ctype, end


def _np(ctx: SentenceContext, j: int, limit: int = 7) -> tuple[int, int]:
    """The people phrase starting at token j: modifiers and a head, up to `limit` tokens.

    Stops before auxiliaries, prepositions, conjunctions, punctuation (except joining
    hyphens), numbers and casualty cues."""
    k = j
    while k < len(ctx.toks) and k - j < limit:
        w = ctx.w(k)
        if w == "-" and k > j and ctx.toks[k - 1].end == ctx.toks[k].start:
            # a hyphenated compound is one word, stop words included: "comrades-in-arms"
            k += 2 if ctx.toks[k].end == ctx.toks[min(k + 1, len(ctx.toks) - 1)].start else 1
            continue
        if _is_punct(w) or w[0].isdigit() or w in L.NP_STOP or w in _SUBJECT_PRONOUNS or w == "aged":
            if not (w in ("is", "are", "as", "an") and ctx.toks[k].text.isupper()):
                break  # not the acronyms "IS", "AS": "20 IS fighters"
        if w == "lost" and k > j and _is_person_noun(ctx.w(k - 1)) and ctx.w(k + 1) in ("since", "during", "so"):
            break  # '"up to 945 servicemen" lost since the start'
        if k > j and w.endswith("ed") and len(w) > 4 and _is_person_noun(ctx.w(k - 1)) \
                and ctx.w(k + 1) in ("with", "by", "to", "in", "from", "at", "on", "for", "as"):
            break  # a reduced relative: "500 terrorists affiliated with Hamas", "civilians housed in"
        if cue_at(ctx, k) is not None and not (w in ("wounded", "injured", "dead", "missing") and
                                               ctx.w(k + 1) in L.PERSON_NOUNS):
            break
        k += 1
    return j, k


def _np_after_count(ctx: SentenceContext, q: Quantity) -> tuple[int, int]:
    j = _after_increment(ctx, q.tok_end)
    if ctx.w(j) == "of":
        j += 1
        if ctx.w(j) in ("them", "whom"):
            return j, j + 1
        if ctx.w(j) in _DETERMINERS:
            j += 1
            if ctx.w(j) in _ADJECTIVAL or ctx.w(j) in ("victims", "casualties", "fatalities"):
                return j, j + 1  # "two of the injured (later died)"
    if ctx.w(j) == "more" and ctx.w(j + 1) != "than":
        # "300 more were wounded", "30 more people were injured": more people, not a comparison
        _, k = _np(ctx, j + 1)
        return j, max(k, j + 1)
    return _np(ctx, j)


def _after_increment(ctx: SentenceContext, j: int) -> int:
    """Skip a bracketed change after a running total, or the bracket around the change itself:
    "201,390 (+560) persons were liquidated" -- both counts go with "persons"."""
    if ctx.w(j) == "(":
        k = j + 1 + (ctx.w(j + 1) in ("+", "-", "up"))
        if ctx.w(k)[:1].isdigit() and ctx.w(k + 1) == ")":
            return k + 2
    if ctx.w(j) == ")" and ctx.w(j - 2) == "(" and ctx.w(j - 3)[:1].isdigit() or \
            ctx.w(j) == ")" and ctx.w(j - 2) == "+" and ctx.w(j - 3) == "(" and ctx.w(j - 4)[:1].isdigit():
        return j + 1
    return j


def _head(ctx: SentenceContext, a: int, b: int) -> str:
    return ctx.w(b - 1) if b > a else ""


def _thing_phrase(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the phrase count things? A person head outweighs its modifiers ("six drone operators")."""
    if b > a and ctx.w(b - 1) not in L.NONPERSON_NOUNS and (ctx.w(b - 1) in L.PERSON_NOUNS
                                                             or _plural(ctx.w(b - 1)) in L.PERSON_NOUNS):
        return False
    return any(ctx.w(k) in L.NONPERSON_NOUNS for k in range(a, b))


def _is_person_head(head: str, persons: set[str]) -> bool:
    return head in L.PERSON_NOUNS or head in persons or _plural(head) in L.PERSON_NOUNS


def _plural(noun: str) -> str:
    """The plural the person lists hold for a singular head ("one sailor", "a policeman")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _right(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    a, b = _np_after_count(ctx, q)
    qs0 = ctx.tok_at_char(q.qual_start)
    if ctx.w(qs0 - 1) == "of" and ctx.w(qs0 - 2) in ("fate", "fates", "whereabouts") and _unknown_after(ctx, a):
        return None  # "the fate of 8,000 people detained by the group is unknown": missing, read by the of-rule
    if _thing_phrase(ctx, a, b):
        return None
    head = _head(ctx, a, b)
    if q.qualifier != "vague" and ctx.toks[q.tok_start].low == "one" and not _is_person_head(head, persons) \
            and not (a == b and ctx.w(b) in ("dead", "killed", "wounded", "injured", "missing")):
        return None  # "one" is mostly a pronoun ("one dead, 27 missing" is a count)
    if ctx.toks[q.tok_start].low == "one" and ctx.w(q.tok_end) == "of":
        return None  # "one of its fighters had killed ...": the attacker
    if head in _COLLECTIVES and "of" not in ctx.low[a:b]:
        return None
    whole = _partitive(ctx, q) and b > a and _count_ends_at(
        ctx, ctx.tok_at_char(q.qual_start) - (2 if ctx.w(ctx.tok_at_char(q.qual_start) - 1) != "of" else 1))  # "five members of one family were killed", "eight families were wiped out"
    k = b
    n = len(ctx.toks)
    # "12 soldiers and three civilians were killed": skip the coordinated counts.
    starts = {ctx.tok_at_char(other.qual_start): other for other in ctx.quantities}
    object_of_verb = ctx.w(ctx.tok_at_char(q.qual_start) - 1) in _BEFORE
    before_people: int | None = None  # where the people phrase ended before a joined one
    while ctx.w(k) in ("and", ",", "or") and b > a and _is_person_head(head, persons) \
            and not _whole_group(ctx, q) and not object_of_verb:
        # not "killed 12 people and 3 soldiers were wounded": the 12 are the object of "killed"
        if k + 1 in starts and ctx.w(k) != "or":
            other = starts[k + 1]
            _, k = _np_after_count(ctx, other)
            continue
        # "460 patients and their companions", "200 men, women and children", "Israelis and
        # foreign nationals": more people without a count of their own share the verb
        nxt = _coordinated_people(ctx, k, persons)
        if nxt is None:
            break
        if ctx.w(k) == "," and ctx.w(k + 1) not in ("and", "or"):
            # a comma joins people only inside a list that ends in "and"/"or": "men, women and
            # children", not an aside (", mostly civilians,")
            end = nxt
            while ctx.w(end) == "," and ctx.w(end + 1) not in ("and", "or"):
                more = _coordinated_people(ctx, end, persons)
                if more is None:
                    break
                end = more
            if ctx.w(end) not in ("and", "or") and ctx.w(end + 1) not in ("and", "or"):
                break
        before_people = k if before_people is None else before_people
        k = nxt
    if before_people is not None and not (_leads_to_cue(ctx, k, head) or ctx.w(k) in _PREPS
                                          or ctx.w(k) in ("who", "that", "(", "[", "—", "–")
                                          or (ctx.w(k) == "," and _leads_to_cue(
                                              ctx, _skip_insertion(ctx, k, head, persons), head))):
        k = before_people  # the joined phrase does not lead to the verb: read it as before
    if ctx.w(k) in ("under", "over", "aged", "below", "above") and _numeral(ctx.w(k + 1)) \
            and not any(o.tok_start == k + 1 for o in ctx.quantities):
        k += 2  # an age: "200 children under 5 were killed"
        if ctx.w(k) in ("years", "year") and ctx.w(k + 1) == "old":
            k += 2
    k = _skip_brackets(ctx, k)
    # ", including three children," / ", most of them civilians," / ", the ministry said,"
    if ctx.w(k) == ",":
        k = _skip_insertion(ctx, k, head, persons)
    # "(Donetsk)", "in Kharkiv", "of the Armed Forces of Pakistan" between the people and the verb
    pp = k if ctx.w(k) in _PREPS or (ctx.w(k) == "of" and b > a) else None
    if pp is None and b - 1 > a and ctx.w(b - 1) == "of" and k == b:
        pp = b - 1  # the people phrase ran into "of": "11 personnel of the Armed Forces"
    elif pp is None and k > b and ctx.w(k - 1) == "of" and _is_person_noun(ctx.w(k - 2)):
        pp = k - 1  # so did a joined one: "101 civilians and 31 members of the security forces were killed"
    if pp is not None:
        m = pp + 1
        while m < n and m - pp <= 6 and ctx.w(m) not in _PP_STOP and not _is_punct(ctx.w(m)) \
                and cue_at(ctx, m) is None and not ctx.w(m)[0].isdigit():
            m += 1
        if m < n and (ctx.w(m) in L.CHAIN or cue_at(ctx, m) is not None):
            if ctx.w(pp) == "of" and m == pp + 2 and ctx.w(pp + 1) in ("those", "the", "these") and b > a:
                return None  # "50 relatives of those killed": the cue names other people
            k = m
        elif ctx.w(m) == "," and m - pp <= 5 and _skip_insertion(ctx, m, head, persons) > m:
            k = _skip_insertion(ctx, m, head, persons)  # "10 members of his family, among them his sister, and ..."
    if ctx.w(k) == "and" and k + 1 in starts and k > b and not object_of_verb:
        # "10 members of his family, among them his sister, and four aides had been killed": a
        # count joined after an aside shares the verb
        _, e2 = _np_after_count(ctx, starts[k + 1])
        if e2 > k + 2 and _leads_to_cue(ctx, e2, head):
            k = e2
    relative = ctx.w(k) in ("who", "that") and (b > a or ctx.w(a - 1) in ("those", "these"))
    if relative:
        k = _skip_speaker(ctx, k + 1)  # "hundreds of those who fled are missing"
    elif ctx.w(a) == "whom" and b == a + 1:
        # "at least 40 of whom Israeli officials had declared dead": a speaker inside the relative clause
        for p in range(k + 1, min(n, k + 5)):
            if _is_punct(ctx.w(p)) or ctx.w(p) in ("who", "that", "which", "and", "but"):
                break
            if (ctx.w(p) in L.CHAIN or cue_at(ctx, p) is not None) and ctx.w(p - 1) not in L.CHAIN \
                    and _leads_to_cue(ctx, p, ""):
                k = p
                break
    elif b > a and any(_is_person_head(ctx.w(x), persons) for x in range(a, b)):
        k = _skip_zero_relative(ctx, k, head)
    chain_start = k
    while k < n and k - chain_start < 8 and _chainable(ctx.w(k)) and cue_at(ctx, k, head) is None:
        k += 1
    chain = [ctx.w(m) for m in range(chain_start, k)]
    cue = cue_at(ctx, k, head)
    if cue is None and ctx.w(k) == "among" and ctx.w(k + 1) in ("those", "the") and chain \
            and chain[-1] in ("were", "was", "are", "is") and ctx.w(k + 2) not in ("the", "a") \
            and cue_at(ctx, k + 2) is not None:
        k += 2  # "dozens of medical workers were among those detained", "12 children are among the dead"
        cue = cue_at(ctx, k, head)
    if cue is None and relative:
        main = _main_verb_after_relative(ctx, k)  # "9 patients who had been burned ... later died"
        if main is not None:
            k, cue = main
            chain = [ctx.w(k - 1)] if ctx.w(k - 1) in L.CHAIN else []
    if cue is None:
        return None
    ctype, cue_end = cue
    if ctype == "missing" and any(ctx.w(x) in _CORPSES for x in range(a, b)):
        ctype = "killed"  # "hundreds more bodies were still under the rubble" are dead, not missing
    if ctype == "wounded" and any(ctx.w(x) in _CORPSES for x in range(a, b)):
        return None  # "25 bodies bearing gunshot wounds" are dead (the bodies rule)
    if ctype == "captured" and ctx.w(k) in _HOSTAGE_HEADS:
        # "40 prisoners of war were killed": the prisoners are the people, the verb says what happened
        m = cue_end
        while m < n and m - cue_end < 6 and ctx.w(m) in L.CHAIN and cue_at(ctx, m) is None:
            m += 1
        later = cue_at(ctx, m)
        if later is not None and later[0] != "captured":
            chain = [ctx.w(x) for x in range(cue_end, m)]
            k, (ctype, cue_end) = m, later
    if ctx.w(k) in _ADJECTIVAL and cue_end == k + 1 and (ctx.w(cue_end) in L.PERSON_NOUNS or ctx.w(cue_end) in persons):
        return None  # "81 seriously wounded Palestinians have started crossing"
    if ctx.w(k) in ("killed", "wounded", "injured", "captured", "executed", "murdered", "eliminated") \
            and not any(w in ("were", "was", "been", "be", "are", "is", "being", "got", "get") for w in chain):
        nxt = ctx.w(cue_end)
        counted = any(ctx.tok_at_char(o.qual_start) == cue_end for o in ctx.quantities)
        if nxt in _QUALIFIER_START and not counted:
            nxt = ""  # "460 killed at hospital", "12 killed around midnight": no count follows
        if nxt and (nxt[0].isdigit() or nxt in _ACTIVE_OBJECT_START or nxt in L.PERSON_NOUNS or nxt in persons) \
                and not (nxt in ("the", "a", "an") and not chain):
            return None  # active voice: "3 gunmen killed 12 people" -- the count is the attacker
        if "had" in chain or "have" in chain or "has" in chain:
            return None  # "had killed" without "been": active
    if any(w in L.NEGATIONS or w.endswith("n't") for w in chain):
        return None
    if whole and any(w in ("were", "was", "are", "is", "have", "has", "had") for w in chain):
        return None  # "two of the four attackers were shot dead": the verb is the two's, the four are the whole
    if _hypothetical_chain(chain) and not (ctype == "missing" and chain[-1:] == ["be"]):
        return None
    if ctype == "killed" and ctx.w(k) == "die" and not chain:
        return None
    if relative or (not chain and k >= b > a and ctx.w(k) in _ADJECTIVAL | L.CAPTURED_AFTER
                    and ctx.w(cue_end) in ("by", "during", "in", "at", "on", "from", "after", "since")):
        # the main verb after a relative clause, or after a reduced one: "Hundreds of men and boys
        # detained by the RSF during the fighting remain unaccounted for" are missing
        main = _main_verb_after_relative(ctx, cue_end)
        if main is not None:
            k, (ctype, cue_end) = main
    return Link(q, ctype, k, cue_end, a, b, "right")


_FELL_NOT_DEATH = {"ill", "sick", "into", "victim", "victims", "from", "off", "down", "asleep", "silent", "to",
                   "short", "apart", "under", "behind", "back", "out", "over", "through", "in", "for", "prey",
                   "unconscious", "quiet", "pregnant", "foul", "sharply", "by", "below", "within"}


_COORD_DETERMINERS = {"their", "his", "her", "its", "other", "the", "several", "some", "many", "dozens",
                      "also", "fellow"}


def _coordinated_people(ctx: SentenceContext, k: int, persons: set[str]) -> int | None:
    """The end of a people phrase without a count joined at token k ("and their companions",
    ", women and children"), or None. The joined phrase must end in a person noun."""
    j = k + 1
    if ctx.w(k) == "," and ctx.w(j) in ("and", "or"):
        j += 1
    if ctx.w(j) in _PARENTHETICAL:
        return None  # ", mostly civilians,": an aside about the same people
    while ctx.w(j) in _COORD_DETERMINERS and j < k + 4:
        j += 1
    if ctx.w(j) == "of" and ctx.w(j - 1) in ("dozens", "several", "some", "many"):
        j += 1
    a, e = _np(ctx, j, limit=4)
    e = next((x for x in range(a + 1, e) if ctx.w(x) in L.CHAIN), e)  # "boys remain missing"
    if e == a or ctx.w(a)[:1].isdigit() or not _is_person_head(_head(ctx, a, e), persons):
        return None
    return e


def _skip_brackets(ctx: SentenceContext, k: int) -> int:
    """Skip a footnote marker ("[12]") and a short aside in parentheses or between dashes
    after the people phrase: "12 soldiers (two of them officers) were killed", "six health
    workers -- four doctors, a nurse and a pharmacist -- had been abducted"."""
    n = len(ctx.toks)
    for _ in range(3):
        w = ctx.w(k)
        if w == "[" and ctx.w(k + 2) == "]" and (ctx.w(k + 1)[:1].isdigit() or len(ctx.w(k + 1)) <= 2):
            k += 3
            continue
        close = {"(": ")", "—": "—", "–": "–", "-": "-"}.get(w)
        if close is None or (w == "-" and ctx.toks[k - 1].end == ctx.toks[k].start):
            return k
        for m in range(k + 1, min(n, k + 22)):
            x = ctx.w(m)
            if x in (".", ";", "?", "!") or (close != ")" and x in ("(", ")")):
                return k
            if x == close:
                if m + 1 < n and _leads_to_cue(ctx, m + 1, ""):
                    k = m + 1
                    break
                return k
        else:
            return k
    return k


_SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you"}
_AUXILIARIES = {"were", "was", "are", "is", "had", "have", "has", "may", "might", "must", "remain", "remained"}
_SPEAKER_VERBS = {"say", "says", "said", "believe", "believes", "believed", "estimate", "estimates", "claim",
                  "claims", "think", "thinks", "fear", "fears", "feared", "reckon", "reckons"}


def _skip_zero_relative(ctx: SentenceContext, k: int, head: str) -> int:
    """A relative clause without "who" between the people and their verb: "1,600 attackers it
    says were killed", "seven of the hostages it is holding were killed", "40 soldiers Kyiv
    says died". Only a pronoun or a speaker's verb may open it, and it must lead to a cue."""
    if ctx.w(k) in _SPEAKER_VERBS and _leads_to_cue(ctx, k + 1, head):
        return k + 1
    if ctx.w(k) not in _SUBJECT_PRONOUNS:
        return k
    for p in range(k + 1, min(len(ctx.toks), k + 5)):
        if _is_punct(ctx.w(p)) or ctx.w(p) in ("who", "that", "which", "and", "but"):
            return k
        if ctx.w(p) in _AUXILIARIES and ctx.w(p - 1) not in L.CHAIN and _leads_to_cue(ctx, p, head):
            return p
    return k


def _count_ends_at(ctx: SentenceContext, k: int) -> bool:
    """Does a count (or "all", "most", "none", "some") end just before token k?"""
    return any(o.tok_end == k for o in ctx.quantities) or ctx.w(k - 1) in ("all", "most", "none", "many", "some", "half")


def _whole_group(ctx: SentenceContext, q: Quantity) -> bool:
    """Is the count the whole a share is taken from ("two of the four attackers", "Of 40
    passengers, ...")? Not a count after a noun's "of" ("reports of hundreds of civilians and
    unarmed fighters being executed")."""
    if not _partitive(ctx, q):
        return False
    qs = ctx.tok_at_char(q.qual_start)
    of = qs - 1 if ctx.w(qs - 1) == "of" else qs - 2
    return of == 0 or _is_punct(ctx.w(of - 1)) or _count_ends_at(ctx, of)


def _partitive(ctx: SentenceContext, q: Quantity) -> bool:
    """'Of the 40 passengers, 12 were killed': the 40 are the whole group, not the victims."""
    qs = ctx.tok_at_char(q.qual_start)
    return ctx.w(qs - 1) == "of" or (ctx.w(qs - 1) in ("the", "those", "these") and ctx.w(qs - 2) == "of")


def _leads_to_cue(ctx: SentenceContext, k: int, head: str) -> bool:
    """Do auxiliaries and adverbs from token k lead to a casualty cue ("had been killed")?"""
    m = k
    while m < len(ctx.toks) and m - k < 8 and _chainable(ctx.w(m)) and cue_at(ctx, m, head) is None:
        m += 1
    return cue_at(ctx, m, head) is not None


# Words in -ly that are no adverbs of manner between the people and their verb.
_NOT_ADVERBS = {"family", "assembly", "italy", "july", "supply", "rally", "early", "only", "daily", "weekly",
                "monthly", "nightly", "yearly", "holy", "elderly", "ally", "anomaly", "monopoly", "reply", "fly",
                "belly", "bully", "jelly", "lily", "hourly", "friendly", "deadly", "costly", "lonely", "likely"}


def _chainable(w: str) -> bool:
    """An auxiliary or an adverb between the people and their verb: "were brutally killed",
    "had reportedly been summarily executed"."""
    return w in L.CHAIN or (len(w) > 4 and w.endswith("ly") and w.isalpha() and w not in _NOT_ADVERBS)


_INSERTION_STOP = {".", ";", ")", ":", "?", "!"}
_BREAKDOWN_OPENERS = {"including", "among", "mostly", "mainly", "of"}
_INSERTION_NOT_START = {"and", "or", "but", "while", "whereas", "as", "so", "then", "with"}


def _skip_insertion(ctx: SentenceContext, k: int, head: str, persons: set[str]) -> int:
    """The token after a comma-delimited insertion that starts at the comma at k.

    The insertion ends at the first comma followed by the verb group ("20 of its soldiers,
    including Colonel X, the commanding officer of Y, had been killed"; "17 more soldiers,
    critically injured and exposed to the cold, had died"; "12 soldiers, the army said, were
    killed"). Failing that, a parenthetical ("including ...", "most of them ...") ends at the
    next comma. Another count inside the insertion ends the search: it is a list, not an aside."""
    n = len(ctx.toks)
    starts = {ctx.tok_at_char(o.qual_start) for o in ctx.quantities} | {o.tok_start for o in ctx.quantities}
    if ctx.w(k + 1) not in _INSERTION_NOT_START:
        for m in range(k + 1, min(n, k + 26)):
            w = ctx.w(m)
            if w in _INSERTION_STOP or (m in starts and not (m == k + 2 and ctx.w(k + 1) == "not")
                                         and ctx.w(k + 1) not in _BREAKDOWN_OPENERS):
                break  # (a breakdown may hold counts: "613 residents, including 63 children, 106 women and ...")  # a count ends the search, except a correction: "dozens, not hundreds, had died"
            if w == "," and m > k + 1 and _leads_to_cue(ctx, m + 1, head):
                return m + 1
    if ctx.w(k + 1) in _PARENTHETICAL or ctx.w(k + 1) in persons:
        for m in range(k + 1, min(n, k + 14)):
            if ctx.w(m) == ",":
                return m + 1
            if ctx.w(m) in (".", ";", ")"):
                break
    return k


def _skip_speaker(ctx: SentenceContext, k: int) -> int:
    """Skip a speaker inside a relative clause: "four soldiers who it said had died",
    "105,000 people who SOHR estimates died", "those who officials say were killed"."""
    for m in range(k + 1, min(len(ctx.toks), k + 5)):
        if ctx.w(m) in L.REPORTING_VERBS:
            between = [ctx.w(x) for x in range(k, m)]
            if not any(w in L.CHAIN or _is_punct(w) or cue_at(ctx, x) is not None
                       for x, w in zip(range(k, m), between)):
                return m + 1
            break
    return k


_MAIN_VERB_CUES = {"died", "succumbed", "perished", "disappeared"}


def _main_verb_after_relative(ctx: SentenceContext, j: int) -> tuple[int, tuple[str, int]] | None:
    """The main verb after a relative clause: "17 others who had been critically injured and
    exposed to the cold later succumbed" were killed, not wounded. It is a cue verb that is
    finite ("died") or follows an auxiliary ("were killed"), before any comma or new clause."""
    for m in range(j, min(len(ctx.toks), j + 16)):
        w = ctx.w(m)
        joined = w == "-" and ctx.toks[m - 1].end == ctx.toks[m].start
        if (_is_punct(w) and not joined) or w in ("who", "which", "when", "where", "while", "but") or (
                w == "that" and ctx.w(m - 1) not in _PREPS | {"of", "by", "for", "to", "with"}):
            return None  # not "held in that barrack on the night of the blast"
        cue = cue_at(ctx, m)
        if cue is not None and (w in _MAIN_VERB_CUES or (ctx.w(m - 1) in L.CHAIN and m > j)):
            return m, cue
    return None


def _fronted(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count that shares out a group named at the head of the sentence: "Of those killed,
    9,000 were children"; "Among the wounded, 40 are in critical condition"."""
    if ctx.w(0) not in ("of", "among") or ctx.w(1) not in ("the", "those", "these", "them"):
        return None
    comma = next((k for k in range(2, min(len(ctx.toks), 10)) if ctx.w(k) == ","), None)
    if comma is None or ctx.tok_at_char(q.qual_start) != comma + 1:
        return None
    ctype = next((t for k in range(2, comma) for t, cues in L.SENTENCE_TYPE_CUES.items()
                  if ctx.w(k) in cues and t != "captured"), None)
    if ctype is None and any(ctx.w(k) in ("victims", "martyrs") for k in range(2, comma)):
        ctype = "killed"  # "Of the 45 victims, 6 were children"
    a, e = _np_after_count(ctx, q)
    if ctype is None or _thing_phrase(ctx, a, e) or ctx.w(e) not in ("were", "was", "are", "is", "had", "have"):
        return None
    return Link(q, ctype, 2, comma, a, e, "fronted")


_GROUP_TYPES = {"dead": "killed", "killed": "killed", "fatalities": "killed", "wounded": "wounded",
                "injured": "wounded", "missing": "missing"}


def _share_of_group(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count out of a casualty group, whatever is said of it next: "Two of the dead were
    journalists", "12 of the wounded are in serious condition" (a verb cue, "two of the injured
    later died", is found by the right rule first)."""
    if ctx.w(q.tok_end) != "of" or ctx.w(q.tok_end + 1) not in ("the", "those", "these"):
        return None
    g = q.tok_end + 2
    whole = next((o for o in ctx.quantities if o.tok_start == g), None)
    if whole is not None:
        g = whole.tok_end  # "Twenty-three of the 45 dead were women and children"
    group = ctx.w(g)
    if group not in _GROUP_TYPES or ctx.w(g + 1) in L.PERSON_NOUNS or ctx.toks[q.tok_start].low == "one":
        return None
    return Link(q, _GROUP_TYPES[group], g, g + 1, g, g + 1, "right")


_ADJECTIVE_TYPES = {"wounded": "wounded", "injured": "wounded", "dead": "killed", "missing": "missing",
                    "maimed": "wounded", "slain": "killed"}
# Sentences in which wounded people are moved, not counted as hurt: "81 seriously wounded
# Palestinians have started crossing into Egypt", "trapped miners were rescued".
_MOVED = {"crossing", "crossed", "evacuated", "evacuation", "evacuations", "evacuating", "evacuate",
          "transferred", "transfer", "flown", "airlifted", "medevac", "medevaced", "permitted", "allowed",
          "departed", "rescued", "freed", "released", "exchanged", "repatriated", "handed", "swap", "exchange"}


def _adjectival(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count of people named by their injury: "more than 200 injured people still being
    treated", "scores of wounded people were carried in", "12 dead soldiers". Not people being
    moved ("81 seriously wounded Palestinians have started crossing")."""
    j = q.tok_end
    if ctx.w(j) == "of" and q.qualifier == "vague":
        j += 1
    if ctx.w(j) in _DEGREE:
        j += 1
    adj = ctx.w(j)
    if adj not in _ADJECTIVE_TYPES:
        return None
    a, e = _np(ctx, j + 1, limit=4)
    heads = [x for x in range(a, e) if _is_person_head(ctx.w(x), persons)]
    if not heads or _thing_phrase(ctx, a, heads[-1] + 1):
        return None
    e = heads[-1] + 1  # "injured people still being treated"
    if set(ctx.low) & _MOVED:
        return None
    return Link(q, _ADJECTIVE_TYPES[adj], j, j + 1, a, e, "adjective")


# Nouns that count events each of which is one victim: "16 apparent summary executions", "some
# 105 other killings of civilians", "more than 300 abductions".
_EVENT_COUNTS = {"killings": "killed", "executions": "killed", "murders": "killed", "assassinations": "killed",
                 "abductions": "captured", "kidnappings": "captured", "disappearances": "missing"}


def _event_count(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count of killings (each a death): COUNT [other/apparent/summary ...] killings [of PEOPLE]."""
    j = q.tok_end
    while j < q.tok_end + 3 and ctx.w(j).isalpha() and ctx.w(j) not in _EVENT_COUNTS \
            and ctx.w(j) not in L.NP_STOP and ctx.w(j) not in L.NONPERSON_NOUNS and ctx.w(j) not in L.PERSON_NOUNS \
            and ctx.w(j) not in persons:
        j += 1
    ctype = _EVENT_COUNTS.get(ctx.w(j))
    if ctype is None:
        return None
    if ctx.w(j + 1) == "of":
        a, e = _np(ctx, j + 2 + (ctx.w(j + 2) in _DETERMINERS), limit=4)
        if a < e and not _is_person_head(_head(ctx, a, e), persons):
            return None  # "three murders of livestock"
    return Link(q, ctype, j, j + 1, q.tok_end, j, "right")


_CORPSES = {"bodies", "corpses", "coffins", "caskets", "cadavers", "body", "corpse", "coffin", "shrouds"}


def _bodies(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count of the dead by their bodies, whatever the verb: "journalists saw around 40 bodies
    bearing signs of torture", "twelve coffins were carried through the crowd" (not "bodies of
    water", "two bodies" of an organisation: "both bodies agreed")."""
    a, e = _np_after_count(ctx, q)
    e = next((x + 1 for x in range(a, e) if ctx.w(x) in _CORPSES), a)  # "40 bodies bearing signs of torture"
    if e == a and ctx.w(a) == "graves" and ctx.w(a - 1) != "mass" and not any(ctx.w(x) == "mass" for x in range(q.tok_end, a)):
        e = a + 1  # "a kibbutz of 101 graves" (not "three mass graves")
    if e == a or (ctx.w(e - 1) in ("body", "corpse", "coffin") and q.value != 1):
        return None
    if ctx.w(e) == "of" and ctx.w(e + 1) in ("water", "evidence", "work", "knowledge", "law"):
        return None
    if ctx.w(e) in ("agreed", "said", "says", "met", "voted", "decided", "have", "has"):
        return None
    return Link(q, "killed", e - 1, e, a, e, "bodies")


def _hypothetical_chain(chain: list[str]) -> bool:
    """'could be killed', 'will die' are hypothetical; 'might have been killed' is a hedged claim."""
    for m, w in enumerate(chain):
        if w in L.MODALS_HYPOTHETICAL:
            if w in ("will", "would", "shall", "can", "'ll") and "have" not in chain[m + 1:]:
                return True
            if w == "would":
                return True  # "would have died": counterfactual
            if "have" not in chain[m + 1:]:
                return True
    return False


def _left(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    qs = ctx.tok_at_char(q.qual_start - 0)
    b = qs - 1
    v = ctx.w(b)
    a, e = _np_after_count(ctx, q)
    head = _head(ctx, a, e)
    if _thing_phrase(ctx, a, e):
        return None
    if v == "of" and ctx.w(b - 1) == ",":
        # an aside between the noun and its "of": "the unlawful killing, including summary
        # executions, of at least 73 civilians"
        opening = next((x for x in range(b - 2, max(-1, b - 10), -1) if ctx.w(x) == ","), None)
        if opening is not None and ctx.w(opening - 1) in L.NOUN_OF and ctx.w(opening + 1) in _BREAKDOWN_OPENERS | {
                "such", "notably", "especially", "particularly", "mostly", "mainly", "in", "by"}:
            b = opening
    if v == "of" and ctx.w(b - 1) in L.NOUN_OF:
        noun = ctx.w(b - 1)
        ctype = L.NOUN_OF[noun]
        lead = [_word(ctx, x) for x in range(max(0, b - 6), b - 1)]
        for x, w in enumerate(lead):
            if w in L.MODALS_HYPOTHETICAL and "have" not in lead[x + 1:] and not any(_is_punct(y) for y in lead[x + 1:]):
                return None  # "could cost the lives of thousands", "would mean the deaths of hundreds"
        if head == "lives":
            ctype = "killed"
        if noun in ("loss", "losses", "remains", "capture") and not _is_person_head(head, persons):
            return None
        return Link(q, ctype, b - 1, b, a, e, "of")
    if v == "of" and ctx.w(b - 1) in ("fate", "fates", "whereabouts") and _unknown_after(ctx, a):
        return Link(q, "missing", b - 1, b, a, e, "of")  # "the fate of 150 persons remains unknown"
    if (ctx.w(b - 1), v) in (("shot", "dead"), ("gunned", "down"), ("mowed", "down")) and ctx.w(b - 2) not in ("be", "to"):
        return Link(q, "killed", b - 1, b + 1, a, e, "left")  # "had shot dead three hostages", "gunned down 12"
    if v in L.LIVES_BEFORE and ctx.w(q.tok_end) == "lives":
        return Link(q, "killed", b, b + 1, a, e, "left")
    if v in L.BODIES_VERBS and "bodies" in ctx.low[a:e]:
        return Link(q, "killed", b, b + 1, a, e, "left")  # "recovered 412 bodies"
    if v in _NAMING_VERBS and (head in ("victims", "dead") or ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) in (
            "the", "those") and ctx.w(q.tok_end + 2) in ("victims", "dead")) and ctx.w(b - 1) not in L.MODALS_HYPOTHETICAL:
        return Link(q, "killed", b, b + 1, a, e, "left")  # "We identified 305 victims by name", "name 641 of the victims"
    if v in ("buried", "bury", "burying", "buries") and ctx.w(b - 1) in ("we", "they", "i", "families", "relatives") \
            and (a == e or _is_person_head(head, persons)):
        return Link(q, "killed", b, b + 1, a, e, "left")  # "We buried seven." (not "the blast buried 12 miners")
    if v in L.WOUNDED_BEFORE and ctx.w(b - 1) in ("or", "and") and ctx.w(b - 2) in L.KILLED_BEFORE:
        if any(w in ("would", "will", "could") for w in (ctx.w(b - 3), ctx.w(b - 4))):
            return None
        return Link(q, "casualties", b - 2, b + 1, a, e, "left")  # "killed or wounded 160"
    if v == "and" and any(_is_person_head(ctx.w(x), persons) for x in range(a, e)):
        named = _verb_before_names(ctx, b - 1)
        if named is not None:
            return Link(q, _BEFORE[ctx.w(named)], named, named + 1, a, e, "left")
    if v not in _BEFORE:
        return None
    ctype = _BEFORE[v]
    if v in ("took", "taking", "taken", "take"):
        if not (head in _HOSTAGE_HEADS or ctx.w(e) in ("hostage", "prisoner", "captive")):
            return None
    elif v in _REQUIRES_PERSON and not (_is_person_head(head, persons) or ctx.w(q.tok_end) == "of"):
        return None
    if ctx.toks[q.tok_start].low == "one" and not _is_person_head(head, persons):
        return None
    # negated or hypothetical verb: "did not kill", "could kill", "threatened to kill"
    before = [_word(ctx, m) for m in range(max(0, b - 3), b)]
    if any(w in L.NEGATIONS or w.endswith("n't") for w in before[-2:]):
        return None
    if v in _BASE_FORMS or v in ("kill", "wound", "injure", "capture", "lose", "eliminate", "destroy",
                                 "liquidate", "take", "kills"):
        if before and (before[-1] in L.MODALS_HYPOTHETICAL or before[-1] == "to" or
                       (len(before) > 1 and before[-2] in L.MODALS_HYPOTHETICAL and before[-1] in ("not", "also"))):
            return None
    if any(w in ("risk", "risks", "risked", "risking", "threatening", "threatened", "threatens", "would")
           for w in before):
        return None  # "would have killed thousands" is counterfactual
    if v == "wounded" and (ctx.w(b - 1) in ("the", "of") or (ctx.w(b - 1) == "and" and ctx.w(b - 2) in ("dead", "the"))):
        return None  # "the dead and wounded 400": a noun phrase; "killed 12, and wounded 30" is a verb
    if v in L.LOST_BEFORE and (head in _BEREAVED or ctx.w(e) in _BEREAVED):
        return None  # "130 children lost one parent": the bereaved, not a toll
    if v == "lost" and _is_person_head(head, persons) and _attack_before(ctx, b) \
            and ctx.w(b - 1) not in ("has", "have", "had", "'s", "'ve"):
        ctype = "killed"  # "... attacked the base at dawn, and we lost 18 of our soldiers"
    if v in ("lost", "lose", "loses") and _in_one_engagement(ctx, e) and _is_person_head(head, persons) \
            and ctx.w(b - 1) not in ("has", "have", "had", "'s", "'ve"):
        ctype = "killed"  # "India lost 20 soldiers in the clash": men lost in one fight were killed
    if v in ("lost", "lose", "loses", "losing") and ctx.w(q.tok_end) == "of" \
            and ctx.w(q.tok_end + 1) in ("its", "our", "their", "his", "her", "my") and _is_person_head(head, persons):
        ctype = "killed"  # "said it lost 655 of its fighters in Raqqa": a side's own men lost are its dead
    if ctype == "killed" and v in ("destroying", "destroyed") and not _is_person_head(head, persons):
        return None
    return Link(q, ctype, b, b + 1, a, e, "left")


def _verb_before_names(ctx: SentenceContext, k: int) -> int | None:
    """The casualty verb whose object is a run of names ending at token k: "had killed Aqil and
    about 16 commanders", "abducted John Doe and four aid workers" (a count joined to a named
    victim shares the verb). Only names (capitalised words) and joiners may stand between."""
    names = 0
    for t in range(k, max(-1, k - 8), -1):
        w = ctx.w(t)
        if w in _BEFORE and _BEFORE[w] in ("killed", "captured", "wounded") and w not in L.LOST_BEFORE \
                and w not in ("took", "taking", "taken", "take"):
            if names < 1 or ctx.toks[t].text[:1].isupper() or ctx.w(t - 1) in L.MODALS_HYPOTHETICAL \
                    or ctx.w(t - 1) in L.NEGATIONS or ctx.w(t - 1) == "to":
                return None  # not "could kill X and 16 others", "did not kill ..."
            return t
        if ctx.toks[t].text[:1].isupper() and ctx.toks[t].text[:1].isalpha():
            names += 1
        elif w not in _NAME_JOINERS:
            return None
    return None


_NAMING_VERBS = {"identified", "identify", "named", "name", "documented", "document", "listed", "recorded"}


_ENGAGEMENTS = {"clash", "clashes", "attack", "ambush", "battle", "raid", "strike", "airstrike", "skirmish",
                "firefight", "assault", "explosion", "blast", "bombing", "crash", "sinking", "fighting",
                "engagement", "operation", "shelling", "offensive"}


def _unknown_after(ctx: SentenceContext, e: int) -> bool:
    """Is what follows, in the same clause, that it is unknown ("remains unknown", "is still
    unclear", "are not known")? Asides between commas are read through."""
    for k in range(e, min(len(ctx.toks), e + 16)):
        w = ctx.w(k)
        if w in (".", ";", "?", "!"):
            return False
        if w in ("unknown", "unclear", "uncertain", "unresolved", "undetermined") or \
                (w == "known" and ctx.w(k - 1) in ("not", "never", "n't")):
            return True
    return False


# Groups of people counted as groups: a count of them is no head count.
_COLLECTIVES = {"family", "families", "household", "households", "group", "groups", "clan", "clans", "tribe",
                "tribes", "generation", "generations", "delegation", "delegations"}
_BEREAVED = {"parent", "parents", "mother", "mothers", "father", "fathers", "husband", "husbands", "wife",
             "wives", "spouse", "spouses", "breadwinner", "breadwinners", "homes", "home", "limbs", "limb", "legs",
             "leg", "arms", "arm", "eyes", "eye", "sight", "hearing", "jobs", "livelihoods"}
_ATTACK_VERBS = {"attacked", "ambushed", "stormed", "struck", "raided", "shelled", "bombed", "hit", "overran"}


def _attack_before(ctx: SentenceContext, b: int) -> bool:
    """Does the sentence tell of one attack before "lost" ("terrorists attacked the camp ..., and
    we lost 18 soldiers")? Soldiers lost in one attack were killed."""
    return any(ctx.w(x) in _ATTACK_VERBS for x in range(0, b))


def _in_one_engagement(ctx: SentenceContext, e: int) -> bool:
    """Is "lost N soldiers" followed by one engagement ("in the clash", "in an ambush on
    Monday")? Totals over time ("has lost 300,000 troops") stay losses (killed and wounded)."""
    if ctx.w(e) not in ("in", "during", "at"):
        return False
    k = e + 1
    while ctx.w(k) in ("the", "a", "an", "that", "this", "monday's", "friday's", "sunday's") or \
            (k < e + 4 and ctx.w(k) not in _ENGAGEMENTS and not _is_punct(ctx.w(k)) and ctx.w(k)[:1].isalpha()
             and ctx.w(k) not in L.NP_STOP):
        k += 1
    return ctx.w(k) in _ENGAGEMENTS


def _toll(ctx: SentenceContext, q: Quantity, discourse_type: str | None = None) -> Link | None:
    """TOLL ... LINK COUNT. A generic figure noun ("the figure rose to 89") takes its type from
    the words after it, else the sentence, else `discourse_type` (the claims just before)."""
    qs = ctx.tok_at_char(q.qual_start)
    if ctx.toks[q.tok_start].low == "one" and q.tok_end == q.tok_start + 1 and (
            ctx.w(q.tok_end) in ("of", "part", "side", "reason", "example", "thing", "aspect", "piece", "way")
            or (ctx.w(q.tok_end).isalpha() and ctx.w(q.tok_end) not in L.NP_STOP
                and not _is_person_noun(ctx.w(q.tok_end)))):
        return None  # "The theatre's toll is one part of a far larger one": a share, not a count
    candidates = [q.tok_start - 1, qs - 1]
    size = 1 if ctx.w(qs - 1) in ("low", "high", "mid", "upper", "lower") else 0  # "in the low hundreds"
    if ctx.w(qs - 1 - size) == "the" and ctx.w(qs - 2 - size) == "in" and q.qualifier == "vague":
        # "the true toll was in the hundreds", "... was probably / almost certainly in the hundreds"
        c = qs - 3 - size
        while ctx.w(c) in _TOLL_ADVERBS and c > qs - 6:
            c -= 1
        candidates.append(c)
        if ctx.w(c) in L.TOLL_NOUNS and L.TOLL_NOUNS[ctx.w(c)] and ctx.w(c + 1) == "in":
            candidates.insert(0, c + 1)  # "a death toll in the low hundreds"
    link_at = next((c for c in candidates if ctx.w(c) in L.TOLL_LINKS or
                    (ctx.w(c) == "in" and ctx.w(c - 1) in L.TOLL_NOUNS)), None)
    names = ctx.w(q.tok_end) == "names" and ctx.w(qs - 1) in _LIST_VERBS | {"to"}  # "the list of the dead contained 9,606 names"
    if link_at is None and names:
        link_at = qs - 1
    if link_at is None and ctx.w(qs - 1) in ("from", "between") and ctx.w(qs - 2) in _RANGE_VERBS:
        link_at = qs - 1  # "estimates of the dead range from 5,000 to 8,000"
    if link_at is None and ctx.w(qs) == "between" and ctx.w(qs - 1) in _RANGE_VERBS:
        link_at = qs  # "estimates of civilian deaths vary between 300 and 1,000"
    if link_at is None and ctx.w(qs - 1) == "from" and ctx.w(qs - 2) in ("up", "down"):
        link_at = qs - 1  # "The figure is up from 356 a few hours ago": the old figure
    if link_at is None and ctx.w(qs - 1) == "be" and ctx.w(qs - 2) in ("could", "may", "might"):
        link_at = qs - 1  # "the real toll may be 500": a hedged estimate
    if link_at is None:
        if qs < q.tok_start and ctx.w(qs - 1) in L.TOLL_NOUNS:
            link_at = qs  # "put the death toll as high as 150,000"
        else:
            return None
    if ctx.w(link_at) in L.TOLL_MORE_THAN and q.qualifier == "exact":
        q = replace(q, high=None, qualifier="more_than")
    for m in range(link_at - 1, max(-1, link_at - 28), -1):
        w = ctx.w(m)
        if _full_stop(ctx, m):
            return None
        if w in (",", "—", "–", '"') and m < link_at - 16:
            # far from the figure, the toll noun must be in the same clause, unless a verb fixes the
            # construction: "bring the toll among troops in ..., and in ..., to 44"
            return _far_toll(ctx, q, link_at)
        if w in L.TOLL_NOUNS:
            if ctx.w(link_at) == "of" and any(_is_punct(ctx.w(x)) for x in range(m + 1, link_at)):
                return None  # "a toll of 38", not "numbers of civilians in Aksum, a city of roughly 70,000"
            ctype = L.TOLL_NOUNS[w]
            prev = ctx.w(m - 1)
            if w in ("killed", "wounded", "injured", "dead") and prev in ("and", "or") and ctx.w(m - 2) in ("dead", "killed", "wounded", "injured"):
                ctype = "casualties"  # "the dead and wounded together number more than 400"
            if w == "toll":
                ctype = {"casualty": "casualties", "injury": "wounded", "injuries": "wounded"}.get(prev, "killed")
            if w == "losses" and prev in ("irretrievable", "irrecoverable"):
                ctype = "killed"  # the Russian army's term for the dead (and missing)
            elif w in ("killed", "wounded", "injured", "missing", "dead") and prev not in ("the", "of") \
                    and not (ctx.toks[m - 1].text[:1].isupper() and ctx.w(m - 2) in ("the", "of")) \
                    and not (ctx.w(link_at) == ":" and m == link_at - 1):
                continue  # "89 killed ... at" is not a toll noun; "Soldiers killed: 40" is a label
            if ctype is None:
                ctype = _generic_toll_type(ctx, m)
                if ctype is None and w in _FIGURE_NOUNS and not (ctx.w(m + 1) == "of" and ctx.w(m + 2) not in _FIGURE_OF
                                                                 and not _count_at(ctx, m + 2)):
                    ctype = discourse_type  # not "the number of trucks"
                if ctype is None:
                    continue
            between = [_word(ctx, x) for x in range(m + 1, link_at)]  # the month "May" is no modal
            core = [_word(ctx, x) for x in range(m + 1, min(link_at + 1, qs))]
            hedged = core[-2:] in (["could", "be"], ["may", "be"], ["might", "be"])
            if any(x in ("will", "would", "could", "may", "might", "expected", "likely", "set") for x in between) \
                    and "have" not in between and not (hedged and "will" not in between and "would" not in between):
                return None  # "the toll could rise to 1,000"; not "the true figure could be up to 20,000"
            if any(x in L.NEGATIONS or x.endswith("n't") for x in between):
                return None
            a, e = _np_after_count(ctx, q)
            if names:
                if "list" not in ctx.low[max(0, m - 4):m] and ctx.w(m - 1) != "list":
                    return None  # the names on a list of the dead are the dead
                return Link(q, ctype, m, m + 1, a, a, "toll")
            if _thing_phrase(ctx, a, e):
                return None
            return Link(q, ctype, m, m + 1, a, e, "toll")
    return _far_toll(ctx, q, link_at)


def _far_toll(ctx: SentenceContext, q: Quantity, link_at: int) -> Link | None:
    far = _brought_toll(ctx, link_at) if ctx.w(link_at) == "to" else None
    if far is None:
        return None
    a, e = _np_after_count(ctx, q)
    return None if _thing_phrase(ctx, a, e) else Link(q, far[0], far[1], far[1] + 1, a, e, "toll")


# Words of a sentence about other counts than casualties: a bare figure in it is not typed
# by the claims before it ("the figure for the displaced has reached 1.2 million").
_NOT_CASUALTY_CONTEXT = {"displaced", "refugees", "evacuated", "evacuees", "evacuation", "evacuations", "fled", "homeless", "hunger", "famine",
                         "starvation", "recruited", "recruits", "deployed", "mobilised", "mobilized", "arrested",
                         "detained", "released", "hostages", "budget", "votes", "voters", "population", "tonnes",
                         "trucks", "shelters", "sheltering", "dollars"}
_RANGE_VERBS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"}
# Nouns that name a casualty figure only when the text around says of what ("the figure rose").
_FIGURE_NOUNS = {"figure", "figures", "tally", "count", "total", "estimate", "estimates", "toll", "number"}
# "the number of the dead", "the figure of those killed": an "of" that keeps the figure a casualty figure
_FIGURE_OF = {"the", "those", "people", "persons", "victims", "them", "casualties", "dead", "fatalities"}
_TOLL_ADVERBS = {"probably", "likely", "possibly", "certainly", "almost", "already", "now", "still", "well",
                 "actually", "really", "surely", "perhaps", "likelier", "reportedly", "believed", "thought", "be",
                 "to", "somewhere"}


_LIST_VERBS = {"contained", "contains", "contain", "held", "holds", "bore", "bears", "listed", "lists", "had", "has",
               "included", "includes", "numbered"}
_BRING_VERBS = {"bring", "brings", "brought", "bringing", "raise", "raises", "raised", "raising", "push", "pushes",
                "pushed", "pushing", "take", "takes", "took", "taking", "put", "puts", "putting"}


def _brought_toll(ctx: SentenceContext, to: int) -> tuple[str, int] | None:
    """The toll noun of "bring(s) the toll ... to N" however long the phrase between: the verb
    fixes the construction ("The latest deaths bring the toll among troops in the offensive
    against Hezbollah, and in attacks along the border, to 44")."""
    for m in range(to - 1, max(-1, to - 45), -1):
        if _full_stop(ctx, m) or ctx.w(m) == ":":
            return None
        w = ctx.w(m)
        if w in ("toll", "tally") and ctx.w(m - 1) in _BRING_VERBS | {"the", "death"}:
            v = next((x for x in range(m - 1, max(-1, m - 4), -1) if ctx.w(x) in _BRING_VERBS), None)
            if v is None:
                return None
            prev = ctx.w(m - 1)
            ctype = {"casualty": "casualties", "injury": "wounded", "injuries": "wounded"}.get(prev, "killed")
            return ctype, m
    return None


def _count_at(ctx: SentenceContext, k: int) -> bool:
    """Does a count start at token k ("SOHR's count of 341": the figure named, not a count of things)?"""
    return any(ctx.tok_at_char(o.qual_start) == k or o.tok_start == k for o in ctx.quantities)


def _generic_toll_type(ctx: SentenceContext, m: int) -> str | None:
    """Type of 'the figure', 'the number of ...', 'a tally': the words after it, else the sentence."""
    for x in range(len(ctx.toks)):
        if ctx.w(x) in ("hundredths", "hundredth") and ctx.w(x - 1) == "-":
            # soldiers' slang: "two-hundredths" (cargo 200) are the dead, "three-hundredths" the wounded
            slang = {"two": "killed", "three": "wounded"}.get(ctx.w(x - 2))
            if slang:
                return slang
    for x in range(m + 1, min(len(ctx.toks), m + 5)):
        w = ctx.w(x)
        if w in L.CAPTURED_AFTER and ctx.w(x + 1) in ("or", "and") and ctx.w(x + 2) in L.MISSING_AFTER:
            return "missing"  # "the number of Ukrainians captured or missing"
        if w == "taken" and cue_at(ctx, x, ctx.w(x - 1)) == ("captured", x + 1):
            return "captured"  # "the number of cadets taken from the base"
    for x in range(m + 1, min(len(ctx.toks), m + 5)):
        w = ctx.w(x)
        for ctype, cues in L.SENTENCE_TYPE_CUES.items():
            if w in cues:
                return ctype
    for x, w in enumerate(ctx.low):
        if w in ("dead", "killed") and ctx.w(x + 1) in ("and", "or") and \
                (ctx.w(x + 2) in ("wounded", "injured") or ctx.w(x + 2) == "the" and ctx.w(x + 3) in ("wounded", "injured")):
            return "casualties"  # "that tally stood at 1,000,340 -- but it counts the dead and the wounded together"
    found = None
    for w in ctx.low:
        for ctype, cues in L.SENTENCE_TYPE_CUES.items():
            if w in cues:
                found = found or ctype
    return found


def _comparison(ctx: SentenceContext, qs: int) -> bool:
    """Is the count at token qs about another, earlier event brought in for comparison?

    "the deadliest day since August 2011, when 30 US troops were killed", "deadlier than
    the attacks of 11 September 2001, in which 2,977 people were killed", "the war of
    2006 killed about 1,200", "the Somme, where ... 20,000 dead"."""
    number_starts = {ctx.tok_at_char(o.qual_start) for o in ctx.quantities} | {o.tok_start for o in ctx.quantities}
    seen_superlative = False
    for t in range(0, qs):
        w = ctx.w(t)
        if _historical_at(ctx, t) or w in ("comparison", "comparisons", "compared"):
            return True
        if w in L.SUPERLATIVES or w.endswith("est") and w in ("deadliest", "worst", "bloodiest"):
            seen_superlative = True
        if w == "since" and seen_superlative and (_dated_between(ctx, t, qs) or (
                any(ctx.w(x) in ("where", "when") for x in range(t + 1, qs)) and _old_year_after(ctx, qs))):
            # "the deadliest day since August 2011, when 30 US troops were killed"; not "the
            # deadliest attack since 7 October, when about 1,200 people were killed" (this war),
            # nor "the worst year since the UN began counting: it documented 3,545 deaths"
            return True
        if w == "than" and t + 1 not in number_starts and ctx.w(t - 1) not in ("rather", "other") \
                and not _numeral(ctx.w(t + 1)) and not _clause_break(ctx, t, qs):
            return True  # not "within less than three hours": a measure, not another event
        if len(w) == 4 and w.isdigit() and ctx.doc_year and 1900 <= int(w) <= ctx.doc_year - 2:
            near = {ctx.w(x) for x in range(t - 3, t + 3)}
            if near & L.WAR_NOUNS:
                return True
    return False


# Words that name another war only beside a war noun or an old year: "the Soviet war in
# Afghanistan", "World War II", "the Korean War" -- not "the World Health Organization",
# "Soviet-era missiles", "North Korean troops", "Chechen fighters", "the Crimean bridge".
_HISTORICAL_WEAK = {"world", "soviet", "ussr", "korean", "chechen", "chechnya", "crimean", "vietnam"}


_SOVIET_LEGACY = {"era", "made", "built", "designed", "style", "vintage", "shorthand", "slang", "trained",
                  "standard", "pattern", "model", "type", "legacy", "stock", "stocks", "stockpiles"}


def _historical_at(ctx: SentenceContext, k: int) -> bool:
    w = ctx.w(k)
    if w not in L.HISTORICAL:
        return False
    if w not in _HISTORICAL_WEAK:
        return True
    if w in ("soviet", "ussr"):
        # the Soviet Union's wars are history, its weapons and words are not: "Soviet-era
        # missiles", "the old Soviet shorthand"
        nxt = ctx.w(k + 2) if ctx.w(k + 1) == "-" else ctx.w(k + 1)
        return nxt not in _SOVIET_LEGACY and ctx.w(k - 1) not in ("old", "former")
    for x in range(max(0, k - 3), min(len(ctx.toks), k + 4)):
        y = ctx.w(x)
        if y in L.WAR_NOUNS or y in ("ww2", "wwii", "ww1", "wwi"):
            return True
        if len(y) == 4 and y.isdigit() and ctx.doc_year and 1900 <= int(y) <= ctx.doc_year - 10:
            return True
    return False


def _dated_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is there a year (not this one or the last) between tokens a and b, before any colon?"""
    for x in range(a + 1, b):
        y = ctx.w(x)
        if y in (":", ";"):
            return False
        if len(y) == 4 and y.isdigit() and 1800 <= int(y) <= (ctx.doc_year or 2100) - 1 \
                and not (ctx.doc_year and int(y) >= ctx.doc_year - 1 and ctx.w(x - 1) in MONTH_WORDS):
            return True
        if y in L.HISTORICAL:
            return True
    return False


def _old_year_after(ctx: SentenceContext, qs: int) -> bool:
    """Is there a year at least two years before the document's in the clause after the count
    ("the worst massacre since Srebrenica, where some 8,000 men were murdered in 1995")?"""
    for x in range(qs + 1, min(len(ctx.toks), qs + 16)):
        y = ctx.w(x)
        if _full_stop(ctx, x):
            return False
        if len(y) == 4 and y.isdigit() and 1800 <= int(y) <= (ctx.doc_year or 2100) - 2:
            return True
    return False


MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"}


def _clause_break(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is there a new clause between tokens a and b ("; ", ", but ", ", while ")? A comparison in
    one clause ("lower than in 2018, but ... recorded more than 10,000") leaves the next alone."""
    for k in range(a + 1, b):
        if ctx.w(k) == ";" or (ctx.w(k) == "," and ctx.w(k + 1) in ("but", "while", "whereas", "yet", "although")):
            return True
    return False


def _numeral(w: str) -> bool:
    return bool(w) and (w[0].isdigit() or w in UNITS or w in TENS or w in ("a", "an", "half"))


def _word(ctx: SentenceContext, k: int) -> str:
    """Token k, lower-case, with the month "May" told apart from the modal "may"."""
    w = ctx.w(k)
    if w == "may" and k > 0 and ctx.toks[k].text == "May":
        return "may-month"  # "said in May that 2,439 fighters had surrendered", "on 11 May"
    return w


def _negated_before(ctx: SentenceContext, qs: int) -> bool:
    """A negation just before the count, in the same clause: "not consistent with hundreds
    of deaths", "never 40 soldiers". "no fewer than" is a qualifier, already inside the count."""
    for k in range(qs - 1, max(-1, qs - 4), -1):
        w = ctx.w(k)
        if _is_punct(w) or w in ("that", "but", "and", "said", "says", "only"):
            return False
        if w in ("not", "never", "no", "none", "neither", "nobody") or w.endswith("n't"):
            if w == "no" and k + 2 < qs and ctx.w(k + 1).isalpha() and ctx.w(k + 1) not in ("more", "fewer", "less", "one") \
                    and ctx.w(k + 2) in ("with", "from", "on", "about", "for", "to"):
                return False  # a noun is denied, not the count: "had no contact with about 2,000 residents"
            return ctx.w(k + 1) not in _NOT_NEGATING  # also "none of the 30 crew was hurt"
    return False


# After "not", these deny the counting, not the deaths: "the figure does not include the tens
# of thousands who remain missing" still says they are missing.
_NOT_NEGATING = {"only", "include", "includes", "including", "count", "counting", "know", "say", "specify",
                 "give", "cover", "reflect"}


# Hostages rescued or freed are not new captives: "the raid rescued four hostages abducted in 2023".
_RESCUE_WORDS = {"rescued", "rescue", "rescuing", "rescues", "liberated", "liberating", "liberation", "extracted",
                 "recovered", "reunited", "retrieved"}
_PERIODS = {"day", "week", "month", "year", "hour", "minute", "night", "days", "weeks", "months", "years"}


def _rate(ctx: SentenceContext, k: int) -> bool:
    """A rate after a count: "more than 300 a month", "40 people per day", "12 each week".
    Not "a day earlier" or "a week ago"."""
    if ctx.w(k) in ("a", "an", "per", "each", "every") and ctx.w(k + 1) in _PERIODS:
        return ctx.w(k + 2) not in ("ago", "earlier", "later", "before", "after", "since")
    return False


_KNOWING_VERBS = {"confirm", "verify", "say", "establish", "document", "determine", "report", "identify", "count"}


def _filtered(ctx: SentenceContext, link: Link) -> bool:
    """Comparisons with other wars, conditionals, prisoner exchanges, modal verbs before."""
    q = link.qty
    qs = ctx.tok_at_char(q.qual_start)
    prev = ctx.w(qs - 1)
    if _comparison(ctx, qs):
        return True
    if (_rate(ctx, q.tok_end) or (link.np_end > q.tok_end and _rate(ctx, link.np_end))) and (
            {"average", "averaging", "averaged", "avg"} & set(ctx.low)
            or any(o.tok_start < q.tok_start and o.value > q.value for o in ctx.quantities)):
        return True  # derived from a total; "losing dozens of men a day" on its own is a claim
    end = max(link.np_end, q.tok_end)
    if ctx.w(end) == "for" and ctx.w(end + 1) in ("every", "each"):
        return True  # a ratio: "Russia lost seven soldiers for every Ukrainian"
    if ctx.w(0) in ("had", "were") and ("would" in ctx.low[:qs] or {"would", "could", "might"} & set(ctx.low)):
        return True  # "Had Daesh been left in the city, it would have killed thousands"; "..., 1,000 could have died"
    if _negated_before(ctx, qs):
        return True
    if prev == "than" or (prev in ("the", "a") and ctx.w(qs - 2) == "than"):
        return True
    if prev in ("compared", "versus", "vs") or (ctx.w(qs - 2) == "compared" and prev in ("with", "to")):
        return True
    window = range(max(0, q.tok_start - 4), min(len(ctx.toks), max(link.cue_end, link.np_end) + 8))
    if any(_historical_at(ctx, k) for k in window):
        return True
    # "if ..." before the count in the same sentence part
    for k in range(qs - 1, max(-1, qs - 14), -1):
        w = ctx.w(k)
        if w in (";", ".", ":", "—", "–"):
            break
        if w in ("if", "unless", "lest"):
            return True
    # "could leave 400 dead", "threatens to kill thousands"
    before = [_word(ctx, k) for k in range(max(0, qs - 3), qs)]
    for idx, w in enumerate(before):
        hedge = link.how == "toll" and w in ("could", "may", "might") and before[idx + 1:idx + 2] == ["be"]
        knowing = before[idx + 1:idx + 2] and before[idx + 1] in _KNOWING_VERBS  # "it could confirm that at least 12"
        if w in L.MODALS_HYPOTHETICAL and "have" not in before[idx + 1:] and link.how in ("right", "toll") \
                and not hedge and not knowing:  # "the true toll could be up to 20,000" is an estimate
            if not any(_is_punct(x) for x in before[idx + 1:]):
                return True
        if w in ("threatened", "threatens", "threatening", "vowed", "vows", "risk", "risks", "risking"):
            return True
    if link.ctype == "captured":
        lo, hi = max(0, q.tok_start - 6), min(len(ctx.toks), link.cue_end + 6)
        lo = max([lo] + [k + 1 for k in range(lo, q.tok_start) if _full_stop(ctx, k) or ctx.w(k) == ":"])
        hi = min([hi] + [k for k in range(link.cue_end, hi) if _full_stop(ctx, k) or ctx.w(k) == ":"])
        # the clause of the capture only: not "... were abducted; 2,700 remain missing"; a release
        # told after a capture verb ("were taken captive during the clash and freed") is a later
        # event of the people captured, not a count of people released
        verbal = link.how == "right" and ctx.w(link.cue_start) not in _HOSTAGE_HEADS and \
            any(ctx.w(k) in ("were", "was", "been", "being") for k in range(max(0, link.cue_start - 3), link.cue_start))
        after = next((k for k in range(link.cue_end, hi) if ctx.w(k) in ("and", "but", "before", "until")), hi) \
            if verbal and not any(ctx.w(k) in ("held", "holding", "holds", "remain", "remaining", "still")
                                  for k in range(link.cue_end, hi)) else hi  # hostages still held
        if any(ctx.w(k) in L.EXCHANGE_WORDS or ctx.w(k) in _RESCUE_WORDS for k in range(lo, after)):
            return True
        for k in range(link.cue_end, min(len(ctx.toks), link.cue_end + 25)):
            if ctx.w(k) in (",", ";", ".", ":", "—", "–"):
                break
            if ctx.w(k) in _RESCUE_WORDS:
                return True  # "four hostages abducted from the festival on 7 October were rescued"
    return False


# Words that open another clause: a cue after them is not the verb of the people before.
_CLAUSE_OPENERS = {"but", "while", "whereas", "because", "although", "though", "after", "before", "when", "if",
                   "unless", "whether", "so", "yet", "where", "which", "until", "since", "as", "than", "whose",
                   "whom", "without", "despite", "once", "then", "including", "among", "against"}
# Copulas and passive auxiliaries: "were killed", "remained unaccounted for", "are still listed as missing".
_PASSIVE = {"were", "was", "are", "is", "be", "been", "being", "remain", "remained", "remains", "got", "get",
            "became", "become", "lay", "lie", "left", "found"}
_AGENT_PREPS = {"by", "of", "from", "with", "among", "against", "for", "to", "at", "in", "near", "on", "about"}
_NOT_BURIAL = {"under", "beneath", "alive", "by", "in", "underneath", "inside"}
_BURIAL_PLACES = {"graves", "grave", "cemetery", "cemeteries", "courtyard", "courtyards", "gardens", "garden", "yard",
                  "yards", "plots", "pits", "trenches", "park", "parks", "fields", "field", "backyards"}


def _clause_fallback(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """When no stricter rule links a count: a count of people whose casualty verb comes later in
    the same clause, past a reduced relative, a prepositional phrase or a speaker the strict
    rules do not read through ("more than 30 residents taken away by soldiers during the
    occupation remained unaccounted for", "2,000 residents of the border districts, who were
    unaccounted for", "1,400 civilians the regional police say were killed", "listed 20 members as
    missing"). The verb must be passive or intransitive (a copula or auxiliary before it, or
    "died"); no other count, clause opener, conjunction, comma (except before "who") or other
    subject may stand between; negated, hypothetical and active ("had killed 12") verbs are refused."""
    a, e = _np_after_count(ctx, q)
    heads = [x for x in range(a, e) if _is_person_head(ctx.w(x), persons)]
    if not heads or _thing_phrase(ctx, a, heads[0] + 1):
        return None
    e = heads[0] + 1  # the people, not what the phrase ran on into ("residents taken away")
    head = ctx.w(heads[0])
    qs = ctx.tok_at_char(q.qual_start)
    of = qs - 1 if ctx.w(qs - 1) == "of" else qs - 2
    if ctx.w(qs - 1) in _MOVED or ctx.w(qs - 1) in _RESCUE_WORDS or (_partitive(ctx, q) and _count_ends_at(ctx, of)):
        return None  # not the whole in "two of the four attackers were shot dead"
    if ctx.toks[q.tok_start].low == "one" and ctx.w(q.tok_end) == "of" or head in _COLLECTIVES:
        return None
    if ctx.w(qs - 1) == "of" and (_is_person_head(ctx.w(qs - 2), persons) or _count_ends_at(ctx, qs - 1)):
        return None  # a count inside another people phrase: "six members of one family were killed"
    starts = {ctx.tok_at_char(o.qual_start) for o in ctx.quantities} | {o.tok_start for o in ctx.quantities}
    n = len(ctx.toks)
    m, relative_comma = e, False
    while m < min(n, e + 18):
        w = ctx.w(m)
        if w in ("and", "or") and m == e:
            joined = _coordinated_people(ctx, m, persons)  # "30 women and children taken ..."
            if joined is not None:
                m = joined
                continue
        if w == "as" and cue_at(ctx, m + 1, head) is not None:
            m += 1  # "named 29 servicemen as missing"
            continue
        if _full_stop(ctx, m) or w in (":", "(", ")", "[", "]", "—", "–", '"', "“", "”", "and", "or", "nor") \
                or m in starts or w in _CLAUSE_OPENERS or w in _MOVED or w in _RESCUE_WORDS:
            return None
        if w == ",":
            if ctx.w(m + 1) == "who" and not relative_comma and m == e:
                relative_comma = True  # "2,000 residents, who were unaccounted for"
                m += 1
                continue
            if not (m > e and ctx.w(m - 1) in ("of", "in")):  # "residents of the border districts, who ..."
                if not (ctx.w(m + 1) == "who" and not relative_comma and all(
                        ctx.w(x) in _AGENT_PREPS or ctx.w(x) in _DETERMINERS or ctx.w(x).isalpha()
                        and ctx.w(x) not in L.NP_STOP for x in range(e, m))):
                    return None
                relative_comma = True
                m += 1
                continue
        if w in L.REPORTING_VERBS or w in _SPEAKER_VERBS:
            if _leads_to_cue(ctx, m + 1, head):  # "the regional police say were killed"
                m += 1
                continue
            return None
        if m > e and (w in L.PERSON_NOUNS or w in persons) and not _after_preposition(ctx, m) \
                and not _speaker_follows(ctx, m) and cue_at(ctx, m, head) is None:
            return None  # another subject: "30 residents saw soldiers who were killed"
        cue = cue_at(ctx, m, head)
        chain_start = m
        while chain_start > e and _chainable(ctx.w(chain_start - 1)):
            chain_start -= 1
        chain = [ctx.w(x) for x in range(chain_start, m)]
        passive = bool(set(chain) & _PASSIVE)
        if cue is None and w == "buried" and passive and (ctx.w(m + 1) not in _NOT_BURIAL or ctx.w(m + 1) == "in" and any(
                ctx.w(x) in _BURIAL_PLACES for x in range(m + 2, min(n, m + 5)))):
            cue = ("killed", m + 1)  # "280 residents had been buried in mass graves" (not "buried under rubble")
        if cue is None and w in ("identified", "exhumed") and head in ("victims", "dead", "bodies", "remains") and passive:
            cue = ("killed", m + 1)  # "1,200 victims have been formally identified"
        if cue is not None and cue[0] == "wounded" and w in L.INJURY_NOUNS | {"wounds", "injuries"} \
                and _treated_with(ctx, e, m):
            return Link(q, "wounded", m, m + 1, a, e, "clause")  # "109 others were in hospital with wounds"
        if cue is None:
            m += 1
            continue
        ctype, cue_end = cue
        if w in ("trapped", "lives", "hit", "taken", "lost", "fell", "fallen") or w in L.INJURY_VERBS:
            return None  # cues the strict rules read with their own checks
        as_cue = ctx.w(m - 1) == "as" and ctype in ("missing", "killed", "wounded", "captured")
        if not (passive or as_cue or w in _MAIN_VERB_CUES or cue_end > m + 1):
            return None
        if {"had", "have", "has"} & set(chain) and "been" not in chain and w not in _MAIN_VERB_CUES and cue_end == m + 1:
            return None  # "... had killed 12": active
        if any(x in L.NEGATIONS or x.endswith("n't") for x in chain + [ctx.w(m - 1), ctx.w(m - 2)]):
            return None
        if _hypothetical_chain(chain) or any(ctx.w(x) in L.HYPOTHETICAL_WORDS - {"feared", "fears", "estimates"}
                                             for x in range(e, m)):
            return None  # "2,000 troops sent there are expected to be wounded"
        nxt = ctx.w(cue_end)
        if w in L.KILLED_BEFORE | L.WOUNDED_BEFORE | L.CAPTURED_BEFORE and not as_cue and (
                nxt[:1].isdigit() or nxt in L.PERSON_NOUNS or nxt in persons) and not passive:
            return None
        return Link(q, ctype, m, cue_end, a, e, "clause")
    return None


_CARE_WORDS = {"hospital", "hospitals", "hospitalised", "hospitalized", "treated", "treatment", "admitted", "referred",
               "evacuated", "care", "clinics", "clinic"}


def _treated_with(ctx: SentenceContext, e: int, m: int) -> bool:
    """Is the injury noun at m the people's own, in care: "were in hospital with wounds", "had been
    referred to hospitals with trauma injuries", "are being treated for injuries"? A copula or passive
    auxiliary and a word of care must stand between the people (ending at e) and "with"/"for"."""
    p = m - 1
    while p > e and m - p <= 3 and ctx.w(p).isalpha() and ctx.w(p) not in ("with", "for"):
        p -= 1  # adjectives: "trauma", "shrapnel", "serious"
    if ctx.w(p) not in ("with", "for"):
        return False
    between = {ctx.w(x) for x in range(e, p)}
    return bool(between & _PASSIVE) and bool(between & _CARE_WORDS) and not between & L.NEGATIONS


def _after_preposition(ctx: SentenceContext, k: int) -> bool:
    """Is the noun at k inside a prepositional phrase ("by Russian soldiers", "of the city's residents")?"""
    for x in range(k - 1, max(-1, k - 4), -1):
        w = ctx.w(x)
        if w in _AGENT_PREPS:
            return True
        if _is_punct(w) and w != "'s" or w in L.NP_STOP - _DETERMINERS:
            return False
    return False


def _speaker_follows(ctx: SentenceContext, k: int) -> bool:
    """Is the person noun at k the subject of a speaker's verb ("the regional police say")?"""
    return ctx.w(k + 1) in L.REPORTING_VERBS or ctx.w(k + 1) in _SPEAKER_VERBS


def link_quantities(ctx: SentenceContext, persons: set[str]) -> list[Link]:
    """One link per casualty count in the sentence, in text order."""
    links: dict[int, Link] = {}
    for idx, q in enumerate(ctx.quantities):
        for rule in (_right, _left, _fronted, _share_of_group, _adjectival, _bodies, _named_apposition, _event_count):
            link = rule(ctx, q, persons)
            if link is not None:
                break
        else:
            link = _toll(ctx, q) or _clause_fallback(ctx, q, persons)
        if link is not None and not _filtered(ctx, link):
            links[idx] = link
    if links:
        _second_pass(ctx, links, persons)
        _share_qualifier(ctx, links)
    return [links[k] for k in sorted(links)]


def _share_qualifier(ctx: SentenceContext, links: dict[int, Link]) -> None:
    """A qualifier governs the figures coordinated after it without a verb of their own:
    "at least 174 people were killed and 690 injured" -> at least 690 injured too, and so does it
    over a second bare object of a participle clause: "killing at least 34 people and wounding 117";
    not "killed at least 31 people and wounded 140", not "at least 12
    were killed and 30 were wounded", not "killing at least 12 soldiers and wounding 30 civilians"."""
    order = sorted(links)
    for i, j in zip(order, order[1:]):
        first, second = links[i], links[j]
        qual = first.qty.qualifier
        if second.qty.qualifier != "exact" or qual not in ("at_least", "more_than", "approx", "up_to"):
            continue
        if first.how == "left" and second.how == "left":
            # "killing at least 34 people and wounding 117": in one participle clause the qualifier
            # scopes over both objects (finite "killed at least 31 and wounded 140" keeps 140 exact)
            if not (ctx.w(first.cue_start).endswith("ing") and ctx.w(second.cue_start).endswith("ing")):
                continue
            between = [ctx.w(k) for k in range(max(first.np_end, first.qty.tok_end), second.cue_start)]
            if between not in (["and"], [",", "and"]) or second.np_end > second.qty.tok_end:
                continue
        else:
            if first.how != "right" or second.how != "right" or first.cue_start < first.qty.tok_end:
                continue
            if second.cue_start != second.qty.tok_end:
                continue  # "... and 30 were wounded": a clause of its own
            between = [ctx.w(k) for k in range(first.cue_end, ctx.tok_at_char(second.qty.qual_start))]
            if between not in (["and"], [","], [",", "and"]):
                continue
        q = second.qty
        low, high = q.low, q.high
        if qual in ("at_least", "more_than"):
            high = None
        elif qual == "up_to":
            low = None
        links[j] = replace(second, qty=replace(q, low=low, high=high, qualifier=qual))


_SUBSET_MARKERS = {"including", "among", "includes", "included"}


def _subset_of(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link]) -> Link | None:
    """The claim a count is part of: "57, including five children", "including 7 women and
    15 children", "79 wounded, 56 of them children"."""
    before = [l for l in links.values() if l.qty.tok_start < q.tok_start]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    if any(main.qty.tok_start < o.tok_start < q.tok_start and not _thing_phrase(ctx, *_np_after_count(ctx, o))
           for o in ctx.quantities):
        # "toll rose to 35 ... 39 people, including six children, were rescued"; a measure
        # between them does not count ("61,000 died in the first 14 months, 26,000 of them ...")
        return None
    # "56 of them children", "(three of them officers)"
    if ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) in ("them", "whom") and ctx.w(qs - 1) in (",", "(", "—", "–"):
        return main
    # "six health workers — four doctors, ..." / "12 soldiers (two officers ...)": a breakdown
    # opened right after the people of the claim
    if ctx.w(qs - 1) in ("(", "—", "–") and qs - 1 == max(main.np_end, main.qty.tok_end):
        return main
    for t in range(qs - 1, max(main.qty.tok_end - 1, qs - 10), -1):
        w = ctx.w(t)
        if w in (".", ";", ":"):
            return None
        if w in _SUBSET_MARKERS or (w in ("them", "whom") and ctx.w(t - 1) in ("among", "of")):
            return main  # "..., of whom 20 were children", "among them 31 children"
    return None


_INTERVAL_WORDS = {"ci", "cri", "ui", "range", "interval", "confidence", "credible", "uncertainty", "%", "per", "cent",
                   "percent", "bounds", "plausible"}


def _interval_of(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link]) -> Link | None:
    """The claim whose estimate a bracketed range qualifies: "489 civilians (95% CI 410-570) were
    killed" -- the interval is the claimant's range for the same toll."""
    if q.qualifier != "range":
        return None
    p = qs - 1
    while p > qs - 6 and (ctx.w(p) in _INTERVAL_WORDS or ctx.w(p).isdigit() or ctx.w(p) in (":", ",")):
        p -= 1
    if ctx.w(p) != "(" or ctx.w(q.tok_end) != ")" or not any(ctx.w(x) in _INTERVAL_WORDS - {"%"} for x in range(p, qs)):
        return None
    return next((l for l in links.values() if max(l.np_end, l.qty.tok_end) == p or l.qty.tok_end == p), None)


def _second_pass(ctx: SentenceContext, links: dict[int, Link], persons: set[str]) -> None:
    """Old figures of a revision ("up from 63") and counts coordinated with a claim."""
    has_toll = any(l.how in ("toll", "right", "left", "of") for l in links.values())
    for idx, q in enumerate(ctx.quantities):
        if idx in links:
            continue
        qs = ctx.tok_at_char(q.qual_start)
        prev = ctx.w(qs - 1)
        a, e = _np_after_count(ctx, q)
        if _thing_phrase(ctx, a, e):
            continue
        head = _head(ctx, a, e)
        if (prev == "from" or (prev == "the" and ctx.w(qs - 2) == "from")) and has_toll and not (
                a < e and ctx.w(a).isalpha() and not _is_person_head(head, persons) and head not in L.TOLL_NOUNS
                and cue_at(ctx, a) is None):  # not "at least 40 from one regiment alone"
            nearest = min(links.values(), key=lambda l: abs(l.qty.tok_start - q.tok_start))
            link = Link(q, nearest.ctype, nearest.cue_start, nearest.cue_start, a, e, "from")
            if not _filtered(ctx, link):
                links[idx] = link
            continue
        if prev == "then" and (ctx.w(qs - 2) == "," or ctx.w(qs - 2) == "and") and (a == e or _is_person_head(head, persons)):
            # a sequence of figures: "put the toll at 22, then 29, as more bodies were brought",
            # "later raised to 58 and then 74"
            before = next((l for l in links.values() if l.qty.tok_end == qs - 2), None)
            if before is not None and before.how in ("toll", "right", "left", "of"):
                link = Link(q, before.ctype, before.cue_start, before.cue_end, a, e, "coord")
                if not _filtered(ctx, link):
                    links[idx] = link
                continue
        interval = _interval_of(ctx, q, qs, links)
        if interval is not None:
            link = Link(q, interval.ctype, interval.cue_start, interval.cue_start, a, a, "interval")
            if not _filtered(ctx, link):
                links[idx] = link
            continue
        subset = _subset_of(ctx, q, qs, links)
        bare = a == e and (prev in _SUBSET_MARKERS or (prev in ("them", "whom") and ctx.w(qs - 2) == "among")) and ctx.w(e) in _PREPS | {"over", "during", "since", "of"}
        named = a == e and ctx.w(e) in ("were", "was", "are", "is") and any(
            _is_person_head(ctx.w(x), persons) for x in range(e + 1, e + 4))  # "of whom 20 were children"
        degree = e - a <= 1 and ctx.w(a) in _DEGREE  # "among them 200 critically"
        if subset is not None and (_is_person_head(head, persons) or ctx.w(q.tok_end) in ("of",) or bare or named
                                   or degree):
            # "including 560 over the past day": a share of the count before it, in time or place
            link = Link(q, subset.ctype, subset.cue_start, subset.cue_start, a, e, "subset")
            if not _filtered(ctx, link):
                links[idx] = link
            continue
        if prev in _ADMIT_VERBS and a == e and (_is_punct(ctx.w(q.tok_end)) or q.tok_end >= len(ctx.toks)):
            # "20 Indian soldiers killed, China admits four": the other side's figure for the same toll
            subj = qs - 2
            while subj > qs - 5 and ctx.toks[subj].text[:1].isupper():
                subj -= 1
            before = [l for l in links.values() if l.qty.tok_end <= subj and l.how in ("right", "left", "toll")]
            if ctx.w(subj) == "," and subj < qs - 2 and before:
                link = Link(q, before[-1].ctype, before[-1].cue_start, before[-1].cue_start, a, e, "coord")
                if not _filtered(ctx, link):
                    links[idx] = link
                continue
        if prev == "with" and ctx.w(qs - 2) in ("along", "together") and _is_person_head(head, persons):
            # "38 terrorists were killed at the camps, along with two soldiers who guarded them"
            before = [l for l in links.values() if l.qty.tok_start < q.tok_start and l.how != "from"]
            if before:
                main = max(before, key=lambda l: l.qty.tok_start)
                between = range(max(main.cue_end, main.np_end, main.qty.tok_end), qs - 2)
                if not any(ctx.w(k) in (";", ":", ".") or ctx.w(k) in L.REPORTING_VERBS for k in between):
                    link = Link(q, main.ctype, main.cue_start, main.cue_start, a, e, "coord")
                    if not _filtered(ctx, link):
                        links[idx] = link
            continue
        if prev in ("and", ",", "including", "plus") or (prev == "as" and ctx.w(qs - 2) == "well"):
            if not _is_person_head(head, persons):
                link = _list_member(ctx, idx, links, persons)  # "373 members of the security forces"
                if link is None and prev == "and":
                    link = _elliptical_object(ctx, q, qs, links, persons)
                if link is not None and not _filtered(ctx, link):
                    links[idx] = link
                continue
            anchor = qs - 2 if prev != "as" else qs - 4
            own_verb = ctx.w(e) in ("were", "was", "are", "is", "have", "has", "had", "remain", "remained")
            for l in ([] if own_verb else links.values()):  # "3 died and 12 more were hospitalised"
                if l.np_end - 1 <= anchor + 1 and anchor <= max(l.np_end, l.qty.tok_end) and l.how in ("left", "of", "right", "subset"):
                    if l.how == "right" and l.cue_start > qs:
                        continue  # shares the verb after it: found by its own right rule
                    link = Link(q, l.ctype, l.cue_start, l.cue_start, a, e, "coord")
                    if not _filtered(ctx, link):
                        links[idx] = link
                    break
            if idx not in links:
                link = _list_member(ctx, idx, links, persons)
                if link is None and prev == "and" and not own_verb:
                    link = _elliptical_object(ctx, q, qs, links, persons)
                if link is not None and not _filtered(ctx, link):
                    links[idx] = link


_ADMIT_VERBS = {"admits", "admitted", "acknowledges", "acknowledged", "concedes", "conceded", "claims", "claimed",
                "says", "said", "reports", "reported", "puts", "counts"}
_NAME_JOINERS = {"and", "al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "-", "'s"}


def _named_apposition(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    """A count in apposition to people named as the object of a casualty verb: "killing Yassin
    Rabia and Khaled Nagar, two senior officials who ...", "abducted John Doe and Jane Roe, two
    aid workers". Between the verb and the comma only names (capitalised words) and joiners."""
    qs = ctx.tok_at_char(q.qual_start)
    a, e = _np_after_count(ctx, q)
    if ctx.w(qs - 1) != "," or not any(_is_person_head(ctx.w(x), persons) for x in range(a, e)) \
            or _thing_phrase(ctx, a, e):
        return None
    names = 0
    for t in range(qs - 2, max(-1, qs - 14), -1):
        w = ctx.w(t)
        if w in _BEFORE and _BEFORE[w] in ("killed", "captured", "wounded") and w not in L.LOST_BEFORE \
                and w not in ("took", "taking", "taken", "take"):
            if names < 2 or t == qs - 2:
                return None
            return Link(q, _BEFORE[w], t, t + 1, a, e, "apposition")
        if ctx.toks[t].text[:1].isupper() and ctx.toks[t].text[:1].isalpha():
            names += 1
        elif w not in _NAME_JOINERS:
            return None
    return None


def _elliptical_object(ctx: SentenceContext, q: Quantity, qs: int, links: dict[int, Link],
                       persons: set[str] = frozenset()) -> Link | None:
    """A bare count after "and" with a place of its own, sharing the verb of the object before it:
    "killed hundreds of people in Lebanon, most of them fighters, and dozens in Israel",
    "killing 12 in Kharkiv and 3 in Sumy". Nothing between the two may be a verb or cue."""
    after = q.tok_end
    a, e = _np_after_count(ctx, q)
    if e > a and _is_person_head(_head(ctx, a, e), persons) and not _thing_phrase(ctx, a, e):
        after = e  # "..., and five more soldiers at Taftanaz air base"
    if after < len(ctx.toks) and ctx.w(after) not in ("in", "on", "at", "inside", "across", "near"):
        return None
    before = [l for l in links.values() if l.how == "left" and l.qty.tok_start < q.tok_start]
    if not before:
        return None
    main = max(before, key=lambda l: l.qty.tok_start)
    if qs - main.qty.tok_end > 16:
        return None
    for k in range(after, min(len(ctx.toks), after + 6)):
        if _is_punct(ctx.w(k)) or ctx.w(k) == "and":
            break
        if ctx.w(k) in ("were", "was", "are", "is", "have", "has", "had", "remain", "remained"):
            return None  # "... and 19 in hospital were treated": a clause of its own
    for k in range(main.qty.tok_end, qs - 1):
        w = ctx.w(k)
        if _full_stop(ctx, k) or w in (";", ":", "(", ")") or w in L.CHAIN - {"in"} or w in L.REPORTING_VERBS \
                or cue_at(ctx, k) is not None or any(o.tok_start == k for o in ctx.quantities):
            return None
    return Link(q, main.ctype, main.cue_start, main.cue_start, q.tok_end, q.tok_end, "coord")


def _list_member(ctx: SentenceContext, idx: int, links: dict[int, Link], persons: set[str]) -> Link | None:
    """The next item of a list of people after a claim: "The dead included 695 civilians,
    373 members of the security forces and 71 foreigners". Between the two counts only a
    noun phrase (no verb, cue or clause break); after this one no verb of its own."""
    if idx == 0 or idx - 1 not in links:
        return None
    p, q = ctx.quantities[idx - 1], ctx.quantities[idx]
    qs = ctx.tok_at_char(q.qual_start)
    if ctx.w(qs - 1) not in (",", "and") or qs - p.tok_end > 9:
        return None
    for k in range(p.tok_end, qs - 1):
        w = ctx.w(k)
        if w in (";", ".", ":", "(", ")") or w in L.CHAIN or w in L.REPORTING_VERBS or cue_at(ctx, k) is not None:
            return None
    a, e = _np_after_count(ctx, q)
    if not any(_is_person_head(ctx.w(k), persons) for k in range(a, e)) or _thing_phrase(ctx, a, e):
        return None
    if ctx.w(e) in L.CHAIN or cue_at(ctx, e) is not None:
        return None  # "..., 300 troops were deployed": a clause of its own
    return Link(q, links[idx - 1].ctype, links[idx - 1].cue_start, links[idx - 1].cue_start, a, e, "coord")


def _type_in(ctx: SentenceContext) -> str | None:
    """The casualty type a sentence speaks of, from its first cue word."""
    for w in ctx.low:
        for ctype, cues in L.SENTENCE_TYPE_CUES.items():
            if w in cues:
                return ctype
    return None


def _bare_link(ctx: SentenceContext, q: Quantity, ctype: str, how: str) -> Link:
    a, e = _np_after_count(ctx, q)
    return Link(q, ctype, q.tok_start, q.tok_start, a, e, how)


def _figure_noun_after(ctx: SentenceContext, q: Quantity, discourse_type: str) -> Link | None:
    """A count used as the name of a figure: "the 1,400 figure was later revised", "Moscow's
    initial 63 toll". The figure is the claim of the text before it."""
    noun = ctx.w(q.tok_end)
    if noun not in _FIGURE_NOUNS or q.qualifier == "vague":
        return None
    before = ctx.w(ctx.tok_at_char(q.qual_start) - 1)
    if not (before in ("the", "its", "their", "this", "that", "earlier", "initial", "original", "first",
                       "new", "latest", "revised", "official") or before.endswith("'s")):
        return None
    ctype = "killed" if noun == "toll" else discourse_type
    return Link(q, ctype, q.tok_end, q.tok_end + 1, q.tok_end, q.tok_end, "figure")


def _discourse_tolls(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Figures whose noun names no type, typed by the claims of the sentences just before:
    "89 servicemen were killed ... Within days the figure rose to 112"; "Officials suggested
    the true figure was in the dozens" after a sentence about deaths."""
    recent: list[tuple[int, str]] = []  # (sentence index, type) of the claims read so far
    for si, ctx in enumerate(ctxs):
        near = [t for sj, t in recent if si - sj <= 4]
        if not near:
            # the text just before speaks of deaths without a claim ("not consistent with
            # hundreds of deaths. ... suggested the true figure was in the dozens")
            near = [t for sj in (si - 2, si - 1) if sj >= 0 for t in [_type_in(ctxs[sj])] if t]
        if near and not set(ctx.low) & _NOT_CASUALTY_CONTEXT:
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
                    link = _toll(ctx, q, ctype) or _figure_noun_after(ctx, q, ctype)
                if link is not None and link.how in ("toll", "figure") and not _filtered(ctx, link):
                    out[si].append(link)
            out[si].sort(key=lambda l: l.qty.tok_start)
        recent.extend((si, l.ctype) for l in out[si])


_COLUMN_TYPES = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed", "died": "killed",
    "kia": "killed", "death": "killed", "toll": "killed", "wounded": "wounded", "injured": "wounded",
    "injuries": "wounded", "hurt": "wounded", "wia": "wounded", "missing": "missing", "mia": "missing",
    "captured": "captured", "pows": "captured", "prisoners": "captured", "casualties": "casualties",
    "losses": "casualties",
}


def _cells(ctx: SentenceContext) -> list[tuple[int, int]] | None:
    """The cells of a table row written as text ("Soldiers | 242 | 1,421", tab-separated), as
    sentence-relative character spans; None when the sentence is no table row."""
    text = ctx.clean
    sep = "|" if text.count("|") >= 2 else "\t" if text.count("\t") >= 2 else None
    if sep is None:
        return None
    cells, start = [], 0
    for i, ch in enumerate(text + sep):
        if ch == sep:
            if text[start:i].strip() or 0 < start and i < len(text):
                cells.append((start, i))
            start = i + 1
    return cells if len(cells) >= 2 else None


def _column_types(ctx: SentenceContext, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """The casualty type each column of a header row names ("Killed", "Injured"), or None when the
    row is no header (it holds numbers, or names no type)."""
    if ctx.quantities:
        return None
    types: list[str | None] = []
    for a, b in cells:
        words = [t.low for t in ctx.toks if a <= t.start < b]
        found = [_COLUMN_TYPES[w] for w in words if w in _COLUMN_TYPES]
        kinds = set(found)
        types.append("casualties" if {"killed", "wounded"} <= kinds else found[0] if found else None)
    return types if any(types) else None


_SUBSET_OPENERS = {("among", "them"), ("among", "those"), ("among", "these"), ("among", "the", "victims"),
                   ("they", "included"), ("they", "include"), ("these", "included"), ("these", "include"),
                   ("those", "included"), ("the", "victims", "included"), ("the", "victims", "include"),
                   ("of", "them"), ("of", "these"), ("of", "those")}


def _subset_sentences(ctxs: list[SentenceContext], out: list[list[Link]], persons: set[str]) -> None:
    """A sentence that shares out the claim just before: "At least 20 people were killed.
    Among them are six children." / "They included 4 medics and 2 journalists." / "Of them,
    9 were women." Each count of people in it takes the type of the last claim before."""
    for si in range(1, len(ctxs)):
        ctx = ctxs[si]
        if out[si] or not out[si - 1] or not ctx.quantities:
            continue
        opener = next((o for o in _SUBSET_OPENERS if tuple(ctx.w(k) for k in range(len(o))) == o), None)
        if opener is None:
            continue
        ctype = out[si - 1][-1].ctype
        for q in ctx.quantities:
            qs = ctx.tok_at_char(q.qual_start)
            a, e = _np_after_count(ctx, q)
            people = any(_is_person_head(ctx.w(k), persons) for k in range(a, e))
            if not people or _thing_phrase(ctx, a, e) or any(ctx.w(k) in (";", ":") for k in range(len(opener), qs)):
                continue
            link = Link(q, ctype, 0, len(opener), a, e, "subset")
            if not _filtered(ctx, link):
                out[si].append(link)


def _table_links(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Counts in the columns of a table written as text, typed by the column's header:
    "Category | Killed | Injured" over "Soldiers | 242 | 1,421" gives 242 killed, 1,421 injured."""
    header: list[str | None] | None = None
    for si, ctx in enumerate(ctxs):
        cells = _cells(ctx)
        if cells is None:
            header = None
            continue
        types = _column_types(ctx, cells)
        if types is not None:
            header = types
            continue
        if header is None or not any(ch.isalnum() for ch in ctx.clean):
            continue
        linked = {l.qty.tok_start for l in out[si]}
        for col, (a, b) in enumerate(cells):
            ctype = header[col] if col < len(header) else None
            if ctype is None:
                continue
            inside = [q for q in ctx.quantities if a <= q.qual_start and q.end <= b]
            if len(inside) != 1 or inside[0].tok_start in linked:
                continue
            q = inside[0]
            link = Link(q, ctype, q.tok_start, q.tok_start, q.tok_end, q.tok_end, "table")
            if not _filtered(ctx, link):
                out[si].append(link)
        out[si].sort(key=lambda l: l.qty.tok_start)


_VAGUE_LOSS = L.LOST_BEFORE | L.CASUALTIES_BEFORE | {"neutralised", "neutralized"}


def _repeats_of_killed(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """A figure told once as killed and again with a vaguer verb ("Over 100 terrorists killed" ...
    "neutralised more than 100 terrorists"; "35-40 ... personnel killed" ... "had lost
    approximately 35 to 40 army personnel") is the same claim: the dead."""
    killed = {(l.qty.low, l.qty.high) for ls in out for l in ls if l.ctype == "killed"}
    for si, ls in enumerate(out):
        for i, l in enumerate(ls):
            if l.ctype == "casualties" and (l.qty.low, l.qty.high) in killed and l.how in ("left", "right") \
                    and ctxs[si].w(l.cue_start) in _VAGUE_LOSS and l.qty.value >= 2:
                ls[i] = replace(l, ctype="killed")


def document_links(ctxs: list[SentenceContext], links: list[list[Link]], persons: set[str]) -> list[list[Link]]:
    """Counts whose type only the document gives, added to the per-sentence links.

    - list items under a header that ends in ":" and names the type ("The dead include:"
      then "- 583 fighters of the opposition;"): each item counting people;
    - a headline or a possessive figure that repeats a figure the text gives as a claim
      ("Galwan: 20 Indian soldiers, four Chinese" over "20 soldiers were killed";
      "Kyiv's 400 is five times Moscow's 89"): the type of that claim."""
    out = [list(ls) for ls in links]
    _table_links(ctxs, out)
    _subset_sentences(ctxs, out, persons)
    _discourse_tolls(ctxs, out)
    _repeats_of_killed(ctxs, out)
    claimed: dict[int, str] = {}
    for ls in out:
        for l in ls:
            claimed.setdefault(l.qty.value, l.ctype)
    header_type: str | None = None
    for si, ctx in enumerate(ctxs):
        linked = {l.qty.tok_start for l in out[si]}
        text = ctx.sentence.text.rstrip()
        first = next((q for q in ctx.quantities if q.tok_start <= 2), None)
        colon = next((k for k in range(1, 5) if ctx.w(k) == ":"), None)
        if header_type and colon is not None and not out[si] and any(_is_person_noun(ctx.w(k)) for k in range(colon)) \
                and not any(ctx.w(k) in L.NONPERSON_NOUNS for k in range(colon)):
            for q in ctx.quantities:  # a list item labelled with people: "- personnel: 455,950 (+1,020)"
                a, e = _np_after_count(ctx, q)
                if q.tok_start > colon and q.tok_start not in linked and a == e:
                    link = _bare_link(ctx, q, header_type, "list")
                    if not _filtered(ctx, link):
                        out[si].append(link)
        if header_type and first is not None and first.tok_start not in linked and not out[si]:
            a, e = _np_after_count(ctx, first)
            if any(_is_person_head(ctx.w(k), persons) for k in range(a, e)) and not _thing_phrase(ctx, a, e):
                link = _bare_link(ctx, first, header_type, "list")
                if not _filtered(ctx, link):
                    out[si].append(link)
        if text.endswith(":"):
            header_type = _type_in(ctx)
        elif not (first is not None and text.endswith((";", ".", ",")) and header_type and out[si]):
            header_type = None  # the list ends with the first sentence that is not an item
        for q in ctx.quantities:
            if q.tok_start in linked or q.value not in claimed or q.qualifier == "vague":
                continue
            a, e = _np_after_count(ctx, q)
            head = _head(ctx, a, e)
            possessed = ctx.w(q.tok_start - 1).endswith("'s") and q.tok_start == ctx.tok_at_char(q.qual_start)
            if _thing_phrase(ctx, a, e) or ctx.w(q.tok_start - 1) in ("than", "times"):
                continue
            among = ctx.w(ctx.tok_at_char(q.qual_start) - 1) == "the" and ctx.w(ctx.tok_at_char(q.qual_start) - 2) == "among" \
                and a == e and (_is_punct(ctx.w(q.tok_end)) or q.tok_end >= len(ctx.toks))  # "her son was among the 50"
            if (si == 0 and _is_person_head(head, persons) and not _denied_after(ctx, q)) or possessed or among:
                link = _bare_link(ctx, q, claimed[q.value], "echo")
                if not _filtered(ctx, link):
                    out[si].append(link)
        out[si].sort(key=lambda l: l.qty.tok_start)
    _drop_debunked(ctxs, out)
    return out


def _denied_after(ctx: SentenceContext, q: Quantity) -> bool:
    """Is the clause of the count negated after it ("No, a million Russian soldiers have not been
    killed")? A headline that denies a figure does not repeat it."""
    for k in range(q.tok_end, len(ctx.toks)):
        w = ctx.w(k)
        if _full_stop(ctx, k) or w == ":":
            return False
        if w in ("not", "never") or w.endswith("n't"):
            return True
    return False


_DEBUNKED_NOUNS = {"headline", "headlines", "post", "posts", "tweet", "claim", "report", "story", "quote",
                   "screenshot", "image", "video", "clip", "statement", "message", "graphic", "front"}
_DEBUNK_WORDS = {"fabricated", "fake", "doctored", "forged", "hoax", "invented", "falsified", "bogus", "manipulated"}


def _debunk_at(ctx: SentenceContext, start: int) -> int | None:
    """The token where a clause from `start` says a text just quoted is fake: "this headline ...
    never appeared in Dawn", "the post was fabricated", "that screenshot is doctored"."""
    n = len(ctx.toks)
    for k in range(start, n):
        if ctx.w(k) in ("this", "that", "the") and ctx.w(k + 1) in _DEBUNKED_NOUNS:
            for m in range(k + 2, min(n, k + 16)):
                w = ctx.w(m)
                if _full_stop(ctx, m):
                    break
                if w in _DEBUNK_WORDS or (w == "appeared" and ctx.w(m - 1) in ("never", "not")) or \
                        (w in ("published", "ran", "printed", "existed") and ctx.w(m - 1) == "never"):
                    return k
    return None


def _drop_debunked(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Figures inside a quoted headline or post that the text then says never appeared or was
    fabricated ('DAWN, May 9: "... 1 civilian martyred in Karachi" Our note: this headline ...
    never appeared in Dawn') are no claims."""
    for si, ctx in enumerate(ctxs):
        if not out[si]:
            continue
        at = _debunk_at(ctx, 0)
        if at is not None:
            out[si] = [l for l in out[si] if l.qty.tok_start > at]
        elif si + 1 < len(ctxs) and _debunk_at(ctxs[si + 1], 0) in (0, 1, 2, 3) and '"' in ctx.sentence.text:
            out[si] = []  # the next sentence opens by calling this quoted text fake
