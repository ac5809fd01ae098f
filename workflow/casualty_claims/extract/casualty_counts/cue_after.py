"""The right rule: COUNT [people] [asides] [aux...] CUE ("400 Russian soldiers might have been
killed", "89 dead"). The count is the subject; active verbs make it the attacker instead."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.asides import (
    skip_brackets, skip_insertion, skip_speaker, skip_zero_relative,
)
from casualty_claims.extract.casualty_counts.cues import (
    ADJECTIVAL_CUES, TYPE_OF_VERB_BEFORE, chainable, cue_at, hypothetical_chain, leads_to_cue,
    main_verb_after_relative,
)
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import (
    coordinated_people, count_ends_at, counts_things, head_word, partitive, people_after_count, people_phrase,
    whole_group,
)
from casualty_claims.extract.casualty_counts.tolls import toll_link
from casualty_claims.extract.casualty_counts.tokens import (
    COLLECTIVES, CORPSES, HOSTAGE_HEADS, PREPOSITIONS, is_numeral, is_person_head, is_person_noun, is_punct,
    negated, unknown_after,
)
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


_PP_STOP = {"were", "was", "are", "is", "have", "has", "had", "said", "says", "and", "or", "but", ";"}

_ACTIVE_OBJECT_START = {"the", "a", "an", "at", "about", "some", "more", "over", "up", "nearly", "around",
                        "dozens", "scores", "hundreds", "thousands", "several", "many", "his", "her", "their", "its"}
_QUALIFIER_START = {"at", "about", "some", "more", "over", "up", "nearly", "around"}


def cue_after_link(ctx: SentenceContext, q: Quantity, persons: set[str]) -> Link | None:
    a, b = people_after_count(ctx, q)
    qs0 = ctx.tok_at_char(q.qual_start)
    if ctx.w(qs0 - 1) == "of" and ctx.w(qs0 - 2) in ("fate", "fates", "whereabouts") and unknown_after(ctx, a):
        return None  # "the fate of 8,000 people detained by the group is unknown": missing, read by the of-rule
    if counts_things(ctx, a, b):
        return None
    head = head_word(ctx, a, b)
    # the noun before a closing "of" is the head: "one member of the family was killed"
    of_head = ctx.w(b - 2) if b - 2 >= a and ctx.w(b - 1) == "of" else head
    if q.qualifier != "vague" and ctx.toks[q.tok_start].low == "one" and not is_person_head(of_head, persons) \
            and not (a == b and ctx.w(b) in ("dead", "killed", "wounded", "injured", "missing")) \
            and not (a == b and ctx.w(qs0 - 1) == "and" and ctx.w(b) in ("was", "is") and leads_to_cue(ctx, b, "")):
        return None  # "one" is mostly a pronoun ("one dead, 27 missing", "... and one was wounded" are counts)
    if ctx.toks[q.tok_start].low == "one" and ctx.w(q.tok_end) == "of" and not _suffered_after(ctx, b):
        return None  # "one of its fighters had killed ...": the attacker
    if head in COLLECTIVES and "of" not in ctx.low[a:b]:
        return None
    whole = partitive(ctx, q) and b > a and count_ends_at(
        ctx, ctx.tok_at_char(q.qual_start) - (2 if ctx.w(ctx.tok_at_char(q.qual_start) - 1) != "of" else 1))  # "five members of one family were killed", "eight families were wiped out"
    k = b
    n = len(ctx.toks)
    # "12 soldiers and three civilians were killed": skip the coordinated counts.
    starts = {ctx.tok_at_char(other.qual_start): other for other in ctx.quantities}
    object_of_verb = ctx.w(ctx.tok_at_char(q.qual_start) - 1) in TYPE_OF_VERB_BEFORE
    before_people: int | None = None  # where the people phrase ended before a joined one
    bare_joined = False  # a joined count with no noun of its own ("and 512 wounded")
    while ctx.w(k) in ("and", ",", "or", "&") and b > a and is_person_head(head, persons) \
            and not whole_group(ctx, q) and not object_of_verb:
        # not "killed 12 people and 3 soldiers were wounded": the 12 are the object of "killed"
        if ctx.w(k) == "," and ctx.w(k + 2) == "of" and ctx.w(k + 3) in ("them", "whom", "those"):
            break  # ", 12 of them children,": a breakdown in an aside, not another count in a list
        if k + 1 in starts and ctx.w(k) != "or":
            other = starts[k + 1]
            a2, k = people_after_count(ctx, other)
            bare_joined = bare_joined or a2 == k
            continue
        # "460 patients and their companions", "200 men, women and children", "Israelis and
        # foreign nationals": more people without a count of their own share the verb
        nxt = coordinated_people(ctx, k, persons)
        if nxt is None:
            break
        if ctx.w(k) == "," and ctx.w(k + 1) not in ("and", "or"):
            # a comma joins people only inside a list that ends in "and"/"or": "men, women and
            # children", not an aside (", mostly civilians,")
            end = nxt
            while ctx.w(end) == "," and ctx.w(end + 1) not in ("and", "or"):
                more = coordinated_people(ctx, end, persons)
                if more is None:
                    break
                end = more
            if ctx.w(end) not in ("and", "or") and ctx.w(end + 1) not in ("and", "or"):
                break
        before_people = k if before_people is None else before_people
        k = nxt
    if before_people is not None and not (leads_to_cue(ctx, k, head) or ctx.w(k) in PREPOSITIONS
                                          or ctx.w(k) in ("who", "that", "(", "[", "—", "–")
                                          or (ctx.w(k) == "," and leads_to_cue(
                                              ctx, skip_insertion(ctx, k, head, persons), head))):
        k = before_people  # the joined phrase does not lead to the verb: read it as before
    if ctx.w(k) == "aged" and ctx.w(k + 1) in ("between", "from") and is_numeral(ctx.w(k + 2)) \
            and ctx.w(k + 3) in ("and", "to") and is_numeral(ctx.w(k + 4)):
        k += 5  # "five children aged between 3 and 12 were injured"
    if ctx.w(k) in ("under", "over", "aged", "below", "above") and is_numeral(ctx.w(k + 1)) \
            and not any(o.tok_start == k + 1 for o in ctx.quantities):
        k += 2  # an age: "200 children under 5 were killed"
        while ctx.w(k) in (",", "and") and ctx.w(k + 1).isdigit() and ctx.w(k - 2) in ("aged", ",", "and") \
                and not any(o.tok_start == k + 1 for o in ctx.quantities):
            k += 2  # a list of ages: "two men aged 29 and 41 were killed"
        if ctx.w(k) in ("years", "year") and ctx.w(k + 1) == "old":
            k += 2
    k = skip_brackets(ctx, k)
    # ", including three children," / ", most of them civilians," / ", the ministry said,"
    if ctx.w(k) == ",":
        k = skip_insertion(ctx, k, head, persons)
    # "(Donetsk)", "in Kharkiv", "of the Armed Forces of Pakistan" between the people and the verb
    pp = k if ctx.w(k) in PREPOSITIONS or (ctx.w(k) == "of" and b > a) else None
    if pp is not None and ctx.w(pp) == "in" and ctx.w(pp + 1) == "addition" and ctx.w(pp + 2) == "to":
        # another group joined: "62 people, ..., in addition to dozens of injuries" is no wounding of
        # the 62; "200 civilians in addition to dozens of fighters were killed" shares the verb after
        pp = None
        joined = starts.get(k + 3)
        if joined is not None:
            a2, e2 = people_after_count(ctx, joined)
            if e2 > a2 and is_person_head(head_word(ctx, a2, e2), persons) and ctx.w(e2) != "in" \
                    and leads_to_cue(ctx, e2, head):
                k = e2
    if pp is None and b - 1 > a and ctx.w(b - 1) == "of" and k == b:
        pp = b - 1  # the people phrase ran into "of": "11 personnel of the Armed Forces"
    elif pp is None and k > b and ctx.w(k - 1) == "of" and is_person_noun(ctx.w(k - 2)):
        pp = k - 1  # so did a joined one: "101 civilians and 31 members of the security forces were killed"
    elif pp is None and k == b and _joined_modifier(ctx, b) and "of" in ctx.low[a + 1:b]:
        # the people phrase took in its "of" and stopped at a joined name: "seven members of Hamas and
        # Islamic Jihad were killed", "20 residents of Kharkiv and Sumy were wounded"
        pp = ctx.low.index("of", a + 1, b)
    if pp is not None:
        m = pp + 1
        ordinals = 0  # "of the 47th Brigade": an ordinal's number and suffix name the unit, no count
        joined = 0  # "of the government's security and military forces": modifiers joined by "and"
        while m < n and m - pp <= 6 + ordinals + joined and (ctx.w(m) not in _PP_STOP or _joined_modifier(ctx, m)) \
                and (not is_punct(ctx.w(m)) or _joining_hyphen(ctx, m)) \
                and cue_at(ctx, m) is None and not (ctx.w(m)[0].isdigit() and not _ordinal(ctx, m)):
            ordinals += _ordinal(ctx, m)
            joined += 2 * (ctx.w(m) in ("and", "or"))
            m += 1
        if m < n and (ctx.w(m) in L.CHAIN or cue_at(ctx, m) is not None):
            if ctx.w(pp) == "of" and m == pp + 2 and ctx.w(pp + 1) in ("those", "the", "these") and b > a:
                return None  # "50 relatives of those killed": the cue names other people
            k = m
        elif ctx.w(m) == "," and m - pp <= 5 and skip_insertion(ctx, m, head, persons) > m:
            k = skip_insertion(ctx, m, head, persons)  # "10 members of his family, among them his sister, and ..."
        elif ctx.w(m) == "and" and m + 1 in starts:
            k = m  # "ten members of his family and four close associates were killed": the joined count below
    if ctx.w(k) == "and" and k + 1 in starts and k > b and not object_of_verb \
            and (b > a or toll_link(ctx, q) is None):
        # "10 members of his family, among them his sister, and four aides had been killed": a
        # count joined after an aside shares the verb. Not a toll's bare figure: "the death toll had
        # reached 14, including two children, and 60 people were injured" -- the 14 is the toll's,
        # the next clause has a subject and a verb of its own
        _, e2 = people_after_count(ctx, starts[k + 1])
        if e2 > k + 2 and leads_to_cue(ctx, e2, head):
            k = e2
    relative = ctx.w(k) in ("who", "that") and (b > a or ctx.w(a - 1) in ("those", "these"))
    if relative:
        k = skip_speaker(ctx, k + 1)  # "hundreds of those who fled are missing"
    elif ctx.w(a) == "whom" and b == a + 1:
        # "at least 40 of whom Israeli officials had declared dead": a speaker inside the relative clause
        for p in range(k + 1, min(n, k + 5)):
            if is_punct(ctx.w(p)) or ctx.w(p) in ("who", "that", "which", "and", "but"):
                break
            if (ctx.w(p) in L.CHAIN or cue_at(ctx, p) is not None) and ctx.w(p - 1) not in L.CHAIN \
                    and leads_to_cue(ctx, p, ""):
                k = p
                break
    elif b > a and any(is_person_head(ctx.w(x), persons) for x in range(a, b)):
        k = skip_zero_relative(ctx, k, head)
    chain_start = k
    while k < n and k - chain_start < 8 and chainable(ctx.w(k)) and cue_at(ctx, k, head) is None:
        k += 1
    chain = [ctx.w(m) for m in range(chain_start, k)]
    cue = cue_at(ctx, k, head)
    if cue is None and ctx.w(k) == "among" and ctx.w(k + 1) in ("those", "the") and chain \
            and chain[-1] in ("were", "was", "are", "is") and ctx.w(k + 2) not in ("the", "a") \
            and cue_at(ctx, k + 2) is not None:
        k += 2  # "dozens of medical workers were among those detained", "12 children are among the dead"
        cue = cue_at(ctx, k, head)
    if cue is None and ctx.w(k) == "among" and chain and chain[-1] in ("were", "was", "are", "is"):
        # "eight policemen were among the 30 people killed", "three children were among at least 20
        # dead": the share takes the type of the counted whole it belongs to
        counted_whole = _counted_whole_cue(ctx, k + 1 + (ctx.w(k + 1) in ("the", "those")), head)
        if counted_whole is not None:
            k, cue = counted_whole
    if cue is None and relative:
        main = main_verb_after_relative(ctx, k)  # "9 patients who had been burned ... later died"
        if main is not None:
            k, cue = main
            chain = [ctx.w(k - 1)] if ctx.w(k - 1) in L.CHAIN else []
    if cue is None:
        return None
    ctype, cue_end = cue
    if bare_joined and _ADJECTIVE_CUE_TYPES.get(ctx.w(a), ctype) != ctype:
        return None  # "192 dead soldiers and 512 wounded": the verb is the bare count's; the adjective types the 192
    share_of_whole = ctx.w(q.tok_end) == "of" and any(o.tok_start == q.tok_end + 2 for o in ctx.quantities)
    if share_of_whole and not chain and ctx.w(k) not in _INTRANSITIVE:
        return None  # "Nine of the 30 soldiers killed in the raid were conscripts": the cue is the whole's
    if ctype == "missing" and any(ctx.w(x) in CORPSES for x in range(a, b)):
        ctype = "killed"  # "hundreds more bodies were still under the rubble" are dead, not missing
    if ctype == "wounded" and any(ctx.w(x) in CORPSES for x in range(a, b)):
        return None  # "25 bodies bearing gunshot wounds" are dead (the bodies rule)
    if ctype == "captured" and ctx.w(k) in HOSTAGE_HEADS:
        # "40 prisoners of war were killed": the prisoners are the people, the verb says what happened
        m = cue_end
        while m < n and m - cue_end < 6 and ctx.w(m) in L.CHAIN and cue_at(ctx, m) is None:
            m += 1
        later = cue_at(ctx, m)
        if later is not None and later[0] != "captured":
            chain = [ctx.w(x) for x in range(cue_end, m)]
            k, (ctype, cue_end) = m, later
    if ctx.w(k) in ADJECTIVAL_CUES and cue_end == k + 1 and (ctx.w(cue_end) in L.PERSON_NOUNS or ctx.w(cue_end) in persons):
        return None  # "81 seriously wounded Palestinians have started crossing"
    if ctx.w(k) in ADJECTIVAL_CUES and cue_end == k + 1 and a == b and counts_things(ctx, *people_phrase(ctx, cue_end, 3)):
        return None  # "six captured tanks", "4 dead cows": the cue word is an adjective of things
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
    if negated(chain):
        return None
    if ctx.w(k) == "surrender" and chain[-1:] == ["to"]:
        return None  # "urged the 300 besieged fighters to surrender": asked to, not done
    if whole and (any(w in ("were", "was", "are", "is", "have", "has", "had") for w in chain)
                  or (not chain and ctx.w(k) in _INTRANSITIVE)):  # "14 of the 30 men in his group died"
        return None  # "two of the four attackers were shot dead": the verb is the two's, the four are the whole
    if hypothetical_chain(chain) and not (ctype == "missing" and chain[-1:] == ["be"]):
        return None
    if ctype == "killed" and ctx.w(k) == "die" and not chain:
        return None
    if relative or (not chain and k >= b > a and ctx.w(k) in ADJECTIVAL_CUES | L.CAPTURED_AFTER
                    and ctx.w(cue_end) in ("by", "during", "in", "at", "on", "from", "after", "since")):
        # the main verb after a relative clause, or after a reduced one: "Hundreds of men and boys
        # detained by the RSF during the fighting remain unaccounted for" are missing
        main = main_verb_after_relative(ctx, cue_end)
        if main is not None:
            k, (ctype, cue_end) = main
    return Link(q, ctype, k, cue_end, a, b, "right")



def _joining_hyphen(ctx: SentenceContext, m: int) -> bool:
    """Is token m a hyphen inside a word ("of a pro-Iran faction", "of the Hamas-run ministry")?"""
    return ctx.w(m) == "-" and 0 < m < len(ctx.toks) - 1 and ctx.toks[m - 1].end == ctx.toks[m].start \
        and ctx.toks[m].end == ctx.toks[m + 1].start


def _joined_modifier(ctx: SentenceContext, m: int) -> bool:
    """Is the "and"/"or" at token m inside a noun phrase, between two modifiers of its head
    ("security and military forces", "army and police officers") or two heads ("of the army and
    police")? A word, then a word that no count, verb, cue, determiner or clause starts."""
    if ctx.w(m) not in ("and", "or"):
        return False
    nxt = ctx.w(m + 1)
    return ctx.w(m - 1).isalpha() and nxt.isalpha() and nxt not in L.NP_STOP and nxt not in L.CHAIN \
        and cue_at(ctx, m + 1) is None and not any(o.tok_start == m + 1 for o in ctx.quantities)


def _ordinal(ctx: SentenceContext, m: int) -> bool:
    """Is token m the number of an ordinal ("47" of "47th"), its suffix following without a space?"""
    return ctx.w(m).isdigit() and ctx.w(m + 1) in ("st", "nd", "rd", "th") and m + 1 < len(ctx.toks) \
        and ctx.toks[m].end == ctx.toks[m + 1].start


def _counted_whole_cue(ctx: SentenceContext, j: int, head: str) -> tuple[int, tuple[str, int]] | None:
    """The cue of a count starting at token j that is itself a claim of the form COUNT [people]
    CUE ("30 people killed", "at least 20 dead"), as (cue token, cue): the whole after "among"."""
    inner = next((o for o in ctx.quantities if ctx.tok_at_char(o.qual_start) == j), None)
    if inner is None:
        return None
    a, b = people_after_count(ctx, inner)
    if counts_things(ctx, a, b) or (b > a and not is_person_noun(head_word(ctx, a, b))
                                    and head_word(ctx, a, b) not in L.PERSON_NOUNS):
        return None
    cue = cue_at(ctx, b, head)
    return (b, cue) if cue is not None else None


# Adjectives before the people phrase that already say what happened to them ("192 dead soldiers")
_ADJECTIVE_CUE_TYPES = {"dead": "killed", "slain": "killed", "wounded": "wounded", "injured": "wounded",
                        "maimed": "wounded"}

_INTRANSITIVE = {"died", "succumbed", "perished", "dead", "missing", "drowned"}


def _suffered_after(ctx: SentenceContext, k: int) -> bool:
    """Does the clause at token k say its subject suffered ("one of its officers was murdered",
    "one of these soldiers has succumbed", "one of whom is dead")? Only a passive or an
    intransitive verb: "one of its fighters had killed 160 people" names the attacker."""
    w = ctx.w(k)
    if w in _INTRANSITIVE:
        return True
    if w in ("killed", "wounded", "injured") and ctx.w(k + 1) in ("was", "is"):
        return True  # "one of the soldiers killed was an officer": a share of the dead, told by a reduced relative
    if w not in ("was", "is", "has", "had"):
        return False
    m = k + 1
    passive = w in ("was", "is")
    while ctx.w(m) in ("been", "later", "also", "reportedly", "since", "now", "allegedly") and m < k + 4:
        passive = passive or ctx.w(m) == "been"
        m += 1
    return cue_at(ctx, m) is not None and (passive or ctx.w(m) in _INTRANSITIVE)
